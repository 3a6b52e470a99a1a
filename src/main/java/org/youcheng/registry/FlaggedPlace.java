package org.youcheng.registry;

import java.util.List;

/**
 * A place an import or the review queue created and flagged for a person to check, with the known places of its
 * country whose names look like its own: the places it may really be.
 */
public record FlaggedPlace(PlaceCard card, List<PlaceCard> lookalikes) {}
