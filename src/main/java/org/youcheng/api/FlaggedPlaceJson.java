package org.youcheng.api;

import java.util.List;

/** A place flagged for review, and the known places of its country whose names look like its own. */
record FlaggedPlaceJson(PlaceCardJson place, List<PlaceCardJson> lookalikes) {

    /** A page of the flagged places, newest first. */
    record Page(int total, List<FlaggedPlaceJson> places) {}
}
