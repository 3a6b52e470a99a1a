package org.youcheng.registry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.Transactions;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.internal.PlaceMendRepository;
import org.youcheng.registry.internal.PlaceRepository;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/**
 * Mending the places imports and the review queue created: the list of places flagged for review with the known
 * places they may really be, renaming a place (its old names stay as aliases, so old tables still resolve),
 * adding an alias, and marking a place reviewed. Merging is {@link PlaceMerge}. Admins mend any place, editors
 * foreign places ({@link Permissions#requireMend}); every change is in the audit trail.
 */
@Service
public record PlaceMending(
        PlaceMendRepository mend,
        PlaceRepository places,
        Permissions permissions,
        AuditTrail audit,
        Clock clock,
        Transactions tx) {

    public static final int MAX_NAME = 200;
    static final int LOOKALIKES = 5;

    /** The flagged places, newest first, and how many there are in all. */
    public record Flagged(int total, List<FlaggedPlace> places) {}

    public Flagged flagged(int limit) {
        List<PlaceCard> cards = withParents(mend.flagged(limit));
        List<FlaggedPlace> out = new ArrayList<>();
        for (PlaceCard c : cards) {
            out.add(new FlaggedPlace(c, lookalikes(c.place())));
        }
        return new Flagged(mend.flaggedCount(), out);
    }

    /** The known places of the place's country whose names look like its own, best first. */
    public List<PlaceCard> lookalikes(Place p) {
        List<String> names = new ArrayList<>();
        names.add(p.nameZh());
        names.add(p.nameEn());
        List<Long> ids = mend.lookalikes(p.id(), p.countryCode(), names, LOOKALIKES);
        Map<Long, PlaceCard> byId = new HashMap<>();
        withParents(mend.cards(ids)).forEach(c -> byId.put(c.place().id(), c));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public PlaceCard card(long id) {
        return mend.card(id)
                .map(c -> withParents(List.of(c)).getFirst())
                .orElseThrow(() -> NotFoundException.place(id));
    }

    /** Every name the place is known by. */
    public List<String> names(long id) {
        return mend.names(id);
    }

    /** Whether the one acting may mend this place: the pages offer the forms only then. */
    public boolean mayMend(Place p) {
        return permissions.mayMend(p.chinese());
    }

    /** Refuses unless the one acting may mend this place (a page that shows its forms asks first). */
    public void requireMend(Place p) {
        permissions.requireMend(p.chinese(), p.name(true));
    }

    /**
     * Gives a place new names at the version it was read at; a null name keeps the one it has. The old names stay
     * under the place as aliases, the new ones are filed too.
     */
    public Place rename(long id, int version, String nameZh, String nameEn) {
        return tx.call(() -> {
            Place before = find(id);
            permissions.requireMend(before.chinese(), before.name(true));
            String zh = clean(nameZh);
            String en = clean(nameEn);
            List<FieldError> errors = new ArrayList<>();
            if (zh == null && en == null) {
                errors.add(new FieldError(
                        "name_zh", nameZh, "give a Chinese or an English name, or both", "name_required"));
            }
            checkName("name_zh", zh, errors);
            checkName("name_en", en, errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            String newZh = zh != null ? zh : before.nameZh();
            String newEn = en != null ? en : before.nameEn();
            if (before.version() != version || !mend.rename(id, version, newZh, newEn, clock.instant())) {
                throw new ConflictException(
                        "place " + id + " was changed by someone else (version " + before.version() + ", yours "
                                + version + "); nothing was saved",
                        before);
            }
            for (String name : new String[] {before.nameZh(), before.nameEn(), newZh, newEn}) {
                if (name != null) {
                    mend.addName(id, name);
                }
            }
            Place after = find(id);
            audit.record("place_rename", "place", id, before, after);
            return after;
        });
    }

    /** Files another name under a place (a spelling a table uses), so that imports find it. */
    public Place addAlias(long id, String alias) {
        return tx.call(() -> {
            Place before = find(id);
            permissions.requireMend(before.chinese(), before.name(true));
            String name = clean(alias);
            List<FieldError> errors = new ArrayList<>();
            if (name == null) {
                errors.add(new FieldError("alias", alias, "required: the name to add", "required"));
            }
            checkName("alias", name, errors);
            if (errors.isEmpty() && Names.key(name).isEmpty()) {
                errors.add(new FieldError("alias", alias, "a name with letters or characters", "bad_alias"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            if (!mend.addName(id, name)) {
                throw new ValidationException(List.of(
                        new FieldError("alias", alias, "the place is already known by this name", "alias_exists")));
            }
            mend.touch(id, clock.instant());
            Place after = find(id);
            audit.record(
                    "place_alias",
                    "place",
                    id,
                    Map.of(
                            "names",
                            names(id).stream().filter(n -> !n.equals(name)).toList()),
                    Map.of("alias", name, "version", after.version()));
            return after;
        });
    }

    /** Clears the review flag: someone has checked the place. A null version takes the one it has. */
    public Place markReviewed(long id, Integer version) {
        return tx.call(() -> {
            Place before = find(id);
            permissions.requireMend(before.chinese(), before.name(true));
            int v = version == null ? before.version() : version;
            if (before.version() != v || !mend.markReviewed(id, v, clock.instant())) {
                throw new ConflictException(
                        "place " + id + " was changed by someone else (version " + before.version() + ", yours " + v
                                + "); nothing was saved",
                        before);
            }
            Place after = find(id);
            audit.record("place_reviewed", "place", id, before, after);
            return after;
        });
    }

    /** The same cards with their parents filled in, one query for all parents. */
    private List<PlaceCard> withParents(List<PlaceCard> cards) {
        List<Long> parentIds = cards.stream()
                .map(c -> c.place().parentId())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, Place> parents = new HashMap<>();
        places.findAll(parentIds).forEach(p -> parents.put(p.id(), p));
        List<PlaceCard> out = new ArrayList<>();
        for (PlaceCard c : cards) {
            out.add(new PlaceCard(
                    c.place(),
                    c.origin(),
                    c.place().parentId() == null ? null : parents.get(c.place().parentId()),
                    c.ties(),
                    c.activities()));
        }
        return out;
    }

    private Place find(long id) {
        return places.find(id).orElseThrow(() -> NotFoundException.place(id));
    }

    private static String clean(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }

    private static void checkName(String field, String name, List<FieldError> errors) {
        if (name != null && name.length() > MAX_NAME) {
            errors.add(new FieldError(field, name, "at most " + MAX_NAME + " characters", "name_too_long"));
        }
    }
}
