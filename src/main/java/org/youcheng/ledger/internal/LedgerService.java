package org.youcheng.ledger.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.Transactions;
import org.youcheng.common.ValidationException;
import org.youcheng.common.YouchengProperties;
import org.youcheng.ledger.Activity;
import org.youcheng.ledger.ActivityDraft;
import org.youcheng.ledger.ActivityFile;
import org.youcheng.registry.Place;
import org.youcheng.registry.Places;
import org.youcheng.registry.Ties;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;

/**
 * Records, changes and deletes activities one at a time. The Chinese side decides who may: an editor records
 * activities only for the Chinese places of the account's scope ({@link Permissions}); every change is written to
 * the {@link AuditTrail} in the same transaction, with the activity before and after.
 */
@Service
public record LedgerService(
        ActivityRepository activities,
        ActivityFileRepository files,
        ActivityCheck check,
        Places places,
        Ties ties,
        Permissions permissions,
        AuditTrail audit,
        Clock clock,
        YouchengProperties properties,
        Transactions tx) {

    public Activity create(ActivityDraft draft) {
        return tx.call(() -> {
            permissions.requireEditor();
            ActivityDraft d = check.checked(draft);
            permissions.requireChange(d.placeId());
            long id = activities.insert(List.of(d), null, clock.instant()).get(0);
            Activity made = get(id);
            audit.record("activity_create", "activity", id, null, made);
            return made;
        });
    }

    public Activity update(long id, int version, ActivityDraft draft) {
        return tx.call(() -> {
            Activity current = get(id);
            permissions.requireChange(current.draft().placeId());
            ActivityDraft d = check.checked(draft);
            if (d.placeId() != current.draft().placeId()) {
                permissions.requireChange(d.placeId());
            }
            if (current.version() != version || !activities.update(id, version, d, clock.instant())) {
                throw new ConflictException(
                        "activity " + id + " was changed by someone else (version " + current.version() + ", yours "
                                + version + "); nothing was saved",
                        current);
            }
            Activity after = get(id);
            audit.record("activity_update", "activity", id, current, after);
            return after;
        });
    }

    public void delete(long id, int version) {
        tx.run(() -> {
            Activity current = get(id);
            permissions.requireChange(current.draft().placeId());
            if (!activities.delete(id, version)) {
                throw new ConflictException(
                        "activity " + id + " was changed by someone else (version " + current.version()
                                + "); nothing was deleted",
                        current);
            }
            audit.record("activity_delete", "activity", id, current, null);
        });
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
    public List<Activity> timeline(long placeId, LocalDate from, LocalDate to, boolean includeSubordinates, int limit) {
        return tx.read(() -> {
            return activities.ofPlaces(
                    places(placeId, includeSubordinates),
                    from == null ? LocalDate.of(1000, 1, 1) : from,
                    to == null ? LocalDate.of(2999, 12, 31) : to,
                    limit);
        });
    }

    /** The place, or it and every place under it; not found when there is no such place. */
    public List<Long> places(long placeId, boolean includeSubordinates) {
        places.get(placeId);
        return includeSubordinates ? places.subtree(placeId) : List.of(placeId);
    }

    public List<Activity> timelineOfTie(long tieId) {
        return tx.read(() -> {
            ties.find(tieId).orElseThrow(() -> new NotFoundException("no tie with id " + tieId));
            return activities.ofTie(tieId);
        });
    }

    /** Attaches a file, stored with its SHA-256 and served with the type its content shows. */
    public ActivityFile attach(long activityId, String fileName, byte[] content) {
        return tx.call(() -> {
            Activity a = get(activityId);
            permissions.requireChange(a.draft().placeId());
            List<FieldError> errors = new ArrayList<>();
            String name = fileName == null
                    ? ""
                    : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
            if (name.isEmpty() || name.length() > 255) {
                errors.add(new FieldError("file", fileName, "a file name of 1 to 255 characters", "bad_file_name"));
            }
            if (content.length == 0) {
                errors.add(new FieldError("file", fileName, "the file is empty", "empty_file"));
            }
            if (content.length > maxFileBytes()) {
                errors.add(new FieldError(
                        "file", fileName, "larger than " + maxFileBytes() / 1024 / 1024 + " MiB", "file_too_large"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            String sha = sha256(content);
            long id = files.addFile(activityId, name, FileTypes.of(name, content), sha, content, clock.instant());
            ActivityFile f = files.file(activityId, id).orElseThrow();
            audit.record("activity_file_add", "activity_file", id, null, f);
            return f;
        });
    }

    /** A file by the key its address names; a key of another activity's file is not found. */
    public ActivityFile file(long activityId, String key) {
        return files.file(activityId, key)
                .orElseThrow(() -> new NotFoundException("activity " + activityId + " has no file " + key));
    }

    public byte[] content(ActivityFile f) {
        return files.content(f.id());
    }

    public void detach(long activityId, String key) {
        tx.run(() -> {
            Activity a = get(activityId);
            permissions.requireChange(a.draft().placeId());
            ActivityFile f = file(activityId, key);
            files.deleteFile(activityId, f.id());
            audit.record("activity_file_remove", "activity_file", f.id(), f, null);
        });
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long maxFileBytes() {
        return properties.ledger().maxFileMb() * 1024L * 1024L;
    }
}
