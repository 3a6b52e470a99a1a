package org.youcheng.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Place;
import org.youcheng.registry.PlaceRepository;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieRepository;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;
import org.youcheng.common.YouchengProperties;

/**
 * Records, changes and deletes activities one at a time. The Chinese side decides who may: an editor records
 * activities only for the Chinese places of the account's scope ({@link Permissions}); every change is written to
 * the {@link AuditTrail} in the same transaction, with the activity before and after.
 */
@Service
public class LedgerService {

    static final int MAX_PARTNERS = 50;

    private final ActivityRepository activities;
    private final PlaceRepository places;
    private final TieRepository ties;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxFileBytes;

    LedgerService(ActivityRepository activities, PlaceRepository places, TieRepository ties, Permissions permissions,
                  AuditTrail audit, Clock clock, YouchengProperties properties) {
        this.activities = activities;
        this.places = places;
        this.ties = ties;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.maxFileBytes = properties.ledger().maxFileMb() * 1024L * 1024L;
    }

    @Transactional
    public Activity create(ActivityDraft draft) {
        permissions.requireEditor();
        ActivityDraft d = checked(draft);
        permissions.requireChange(d.placeId());
        long id = activities.insert(List.of(d), null, clock.instant()).get(0);
        Activity made = get(id);
        audit.record("activity_create", "activity", id, null, made);
        return made;
    }

    @Transactional
    public Activity update(long id, int version, ActivityDraft draft) {
        Activity current = get(id);
        permissions.requireChange(current.draft().placeId());
        ActivityDraft d = checked(draft);
        if (d.placeId() != current.draft().placeId()) {
            permissions.requireChange(d.placeId());
        }
        if (current.version() != version || !activities.update(id, version, d, clock.instant())) {
            throw new ConflictException("activity " + id + " was changed by someone else (version "
                    + current.version() + ", yours " + version + "); nothing was saved", current);
        }
        Activity after = get(id);
        audit.record("activity_update", "activity", id, current, after);
        return after;
    }

    @Transactional
    public void delete(long id, int version) {
        Activity current = get(id);
        permissions.requireChange(current.draft().placeId());
        if (!activities.delete(id, version)) {
            throw new ConflictException("activity " + id + " was changed by someone else (version "
                    + current.version() + "); nothing was deleted", current);
        }
        audit.record("activity_delete", "activity", id, current, null);
    }

    public Activity get(long id) {
        return activities.find(id).orElseThrow(() -> new NotFoundException("no activity with id " + id));
    }

    /** Refuses unless the one acting may change this activity (the edit form asks before it is shown). */
    public void requireChange(long activityId) {
        permissions.requireChange(get(activityId).draft().placeId());
    }

    /**
     * Refuses unless the one acting may keep the ledger of this place, before its fields are read: an editor outside
     * the scope learns nothing of its mistakes. A place that is not there, or not Chinese, is left to the checks.
     */
    public void requireChangeOfPlace(Long placeId) {
        permissions.requireEditor();
        if (placeId != null) {
            places.find(placeId).filter(Place::chinese).ifPresent(p -> permissions.requireChange(p.id()));
        }
    }

    /** A place's activities (with those of the places under it, when asked), latest first. */
    @Transactional(readOnly = true)
    public List<Activity> timeline(long placeId, LocalDate from, LocalDate to, boolean includeSubordinates,
                                   int limit) {
        return activities.ofPlaces(places(placeId, includeSubordinates),
                from == null ? LocalDate.of(1000, 1, 1) : from, to == null ? LocalDate.of(2999, 12, 31) : to,
                limit);
    }

    /** The place, or it and every place under it; not found when there is no such place. */
    public List<Long> places(long placeId, boolean includeSubordinates) {
        places.find(placeId).orElseThrow(() -> new NotFoundException("no place with id " + placeId));
        return includeSubordinates ? places.subtree(placeId) : List.of(placeId);
    }

    @Transactional(readOnly = true)
    public List<Activity> timelineOfTie(long tieId) {
        ties.find(tieId).orElseThrow(() -> new NotFoundException("no tie with id " + tieId));
        return activities.ofTie(tieId);
    }

    /** Attaches a file, stored with its SHA-256 and served with the type its content shows. */
    @Transactional
    public ActivityFile attach(long activityId, String fileName, byte[] content) {
        Activity a = get(activityId);
        permissions.requireChange(a.draft().placeId());
        List<FieldError> errors = new ArrayList<>();
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty() || name.length() > 255) {
            errors.add(new FieldError("file", fileName, "a file name of 1 to 255 characters", "bad_file_name"));
        }
        if (content.length == 0) {
            errors.add(new FieldError("file", fileName, "the file is empty", "empty_file"));
        }
        if (content.length > maxFileBytes) {
            errors.add(new FieldError("file", fileName, "larger than " + maxFileBytes / 1024 / 1024 + " MiB",
                    "file_too_large"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String sha = sha256(content);
        long id = activities.addFile(activityId, name, FileTypes.of(name, content), sha, content, clock.instant());
        ActivityFile f = activities.file(activityId, id).orElseThrow();
        audit.record("activity_file_add", "activity_file", id, null, f);
        return f;
    }

    /** A file by the key its address names; a key of another activity's file is not found. */
    public ActivityFile file(long activityId, String key) {
        return activities.file(activityId, key).orElseThrow(() -> new NotFoundException("activity " + activityId
                + " has no file " + key));
    }

    public byte[] content(ActivityFile f) {
        return activities.content(f.id());
    }

    @Transactional
    public void detach(long activityId, String key) {
        Activity a = get(activityId);
        permissions.requireChange(a.draft().placeId());
        ActivityFile f = file(activityId, key);
        activities.deleteFile(activityId, f.id());
        audit.record("activity_file_remove", "activity_file", f.id(), f, null);
    }

    /**
     * Checks what needs the database: the Chinese side is a Chinese place, the tie belongs to it, the foreign side
     * names foreign places that exist. An activity without a tie is put on the tie between its Chinese side and
     * its first foreign place that has one; one without a foreign side takes its tie's partner.
     */
    ActivityDraft checked(ActivityDraft d) {
        List<FieldError> errors = new ArrayList<>();
        Place place = places.find(d.placeId()).orElse(null);
        if (place == null) {
            errors.add(new FieldError("place_id", d.placeId(), "no place with this id", "no_such_place"));
        } else if (!place.chinese()) {
            errors.add(new FieldError("place_id", d.placeId(), place.name(false) + " is not a Chinese place: the "
                    + "ledger is kept by the Chinese side", "not_chinese"));
        } else {
            permissions.requireChange(place.id());   // the scope before the fields
        }
        Tie tie = null;
        if (d.tieId() != null) {
            tie = ties.find(d.tieId()).orElse(null);
            if (tie == null) {
                errors.add(new FieldError("tie_id", d.tieId(), "no tie with this id", "no_such_tie"));
            } else if (tie.domesticId() != d.placeId()) {
                errors.add(new FieldError("tie_id", d.tieId(), "the tie belongs to another Chinese place",
                        "tie_of_other_place"));
            }
        }
        if (d.partners().size() > MAX_PARTNERS) {
            errors.add(new FieldError("partners", d.partners().size(), "at most " + MAX_PARTNERS, "too_many"));
        }
        for (int i = 0; i < d.partners().size(); i++) {
            Partner p = d.partners().get(i);
            String field = "partners[" + i + "]";
            if ((p.placeId() == null) == (p.organisation() == null || p.organisation().isBlank())) {
                errors.add(new FieldError(field, null, "a place_id or an organisation, not both", "bad_partner"));
            } else if (p.placeId() != null) {
                Place f = places.find(p.placeId()).orElse(null);
                if (f == null) {
                    errors.add(new FieldError(field + ".place_id", p.placeId(), "no place with this id",
                            "no_such_place"));
                } else if (f.chinese()) {
                    errors.add(new FieldError(field + ".place_id", p.placeId(), f.name(true)
                            + " is in China: the foreign side is a foreign place or an organisation", "not_foreign"));
                }
            } else if (p.organisation().strip().length() > ActivityReader.MAX_TEXT) {
                errors.add(new FieldError(field + ".organisation", p.organisation(), "longer than "
                        + ActivityReader.MAX_TEXT + " characters", "too_long"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Partner> partners = d.partners().stream().map(p -> p.placeId() != null ? p
                : Partner.organisation(p.organisation().strip())).toList();
        Long tieId = d.tieId();
        if (tieId == null) {
            tieId = partners.stream().filter(p -> p.placeId() != null)
                    .map(p -> ties.findByPair(d.placeId(), p.placeId()).map(Tie::id).orElse(null))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        if (partners.isEmpty() && tie != null) {
            partners = List.of(Partner.place(tie.partnerId()));
        }
        return d.withTie(tieId, partners);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
