package org.youcheng.security;

import java.util.function.LongPredicate;
import org.springframework.stereotype.Service;
import org.youcheng.common.YouchengProperties;
import org.youcheng.security.internal.PlaceScope;

/**
 * The one rule for changing data, applied where the change happens (the services), so that the pages, the API and
 * the command line share it: an admin (and the local operator) may change everything; an editor may change what
 * belongs to a Chinese place of its scope or to a place under it (a city's editor: the city, its counties and
 * districts); a viewer and an anonymous visitor change nothing. What belongs to a place: a tie belongs to its
 * domestic (Chinese) side.
 */
@Service
public class Permissions {

    private final CurrentActor actors;
    private final PlaceScope places;
    private final boolean editorsRecordSigned;

    Permissions(CurrentActor actors, PlaceScope places, YouchengProperties properties) {
        this.actors = actors;
        this.places = places;
        this.editorsRecordSigned = properties.approval().editorsRecordSigned();
    }

    /** Refuses unless the one acting may change what belongs to this place. */
    public void requireChange(long placeId) {
        Actor a = requireEditor();
        if (a.admin() || places.ancestors(placeId).stream().anyMatch(a.scope()::contains)) {
            return;
        }
        throw new Refusal(
                Refusal.Reason.SCOPE,
                placeId,
                a.name() + " may not change the ties of " + places.name(placeId)
                        + ": it is outside the account's scope");
    }

    /** Refuses unless the one acting may change anything at all (an editor or an admin); returns who it is. */
    public Actor requireEditor() {
        Actor a = actors.get();
        if (a.anonymous()) {
            throw new Refusal(Refusal.Reason.SIGN_IN, null, "sign in to change data");
        }
        if (a.role() == Role.VIEWER) {
            throw new Refusal(Refusal.Reason.VIEWER, null, a.name() + " is a viewer: viewers change nothing");
        }
        return a;
    }

    /**
     * Refuses unless the one acting is an editor of the province the place lies in: its scope holds the province
     * itself, not only a city of it. A province's foreign-affairs office reviews its cities' applications; the
     * national association (admin) has a step of its own and does not stand in for it.
     */
    public Actor requireProvinceOf(long placeId) {
        Actor a = requireEditor();
        Long province = places.province(placeId).orElse(null);
        if (a.role() != Role.EDITOR || province == null || !a.scope().contains(province)) {
            throw new Refusal(
                    Refusal.Reason.PROVINCE,
                    placeId,
                    a.name() + " is not an editor of the province of "
                            + places.name(placeId) + (province == null ? "" : " (" + places.name(province) + ")")
                            + ": the province's office reviews this step");
        }
        return a;
    }

    /**
     * Refuses unless the one acting may mend a place (rename it, give it an alias, merge a duplicate of it): an admin
     * any place, an editor only a foreign one. A Chinese division is the national standard's (GB/T 2260), not an
     * office's, so no editor's scope reaches it here.
     */
    public Actor requireMend(boolean chinese, String placeName) {
        Actor a = requireEditor();
        if (!mayMend(chinese)) {
            throw new Refusal(
                    Refusal.Reason.MEND,
                    null,
                    a.name() + " may not mend " + placeName + ": only an admin mends a Chinese place");
        }
        return a;
    }

    /** Whether the one acting may mend a place of this side, without refusing (for pages that offer the forms). */
    public boolean mayMend(boolean chinese) {
        Actor a = actors.get();
        return a.admin() || (a.role() == Role.EDITOR && !chinese);
    }

    /**
     * Refuses unless the one acting may record, for this place, a sister or partner tie that was signed outside the
     * approval path (before the registry kept ties): an admin, or an editor of its scope where the setting
     * {@code youcheng.approval.signed-records=editor} allows it. Anyone else files an application.
     */
    public Actor requireSignedRecord(long placeId) {
        Actor a = requireEditor();
        if (!mayRecordSigned(a)) {
            throw new SignedRecordRefused(a.name() + " may not record a sister or partner tie outside the approval "
                    + "path: a new formal tie starts as an intent, with its letter of intent, and is applied for; "
                    + "recording one signed before the registry is an admin's act (youcheng.approval.signed-records)");
        }
        requireChange(placeId);
        return a;
    }

    /** The same question for many places at once (an import's rows): false for all where the role may not. */
    public LongPredicate signedRecordable() {
        Actor a = requireEditor();
        return mayRecordSigned(a) ? changeable() : id -> false;
    }

    /** Whether the one acting may record formal ties signed outside the path at all (forms offer the fields). */
    public boolean mayRecordSigned() {
        Actor a = actors.get();
        return !a.anonymous() && a.role() != Role.VIEWER && mayRecordSigned(a);
    }

    private boolean mayRecordSigned(Actor a) {
        return a.admin() || (editorsRecordSigned && a.role() == Role.EDITOR);
    }

    /** Whether the one acting may change what belongs to this place, without refusing (pages offer the buttons). */
    public boolean mayChange(long placeId) {
        Actor a = actors.get();
        if (a.anonymous() || a.role() == Role.VIEWER) {
            return false;
        }
        return a.admin() || places.ancestors(placeId).stream().anyMatch(a.scope()::contains);
    }

    /** Whether the one acting is an editor of the province this place lies in (the province's review step). */
    public boolean mayReviewProvinceOf(long placeId) {
        Actor a = actors.get();
        if (a.anonymous() || a.role() != Role.EDITOR) {
            return false;
        }
        Long province = places.province(placeId).orElse(null);
        return province != null && a.scope().contains(province);
    }

    public Actor requireAdmin() {
        Actor a = actors.get();
        if (!a.admin()) {
            throw new Refusal(Refusal.Reason.ADMIN, null, "only an admin may do this");
        }
        return a;
    }

    /**
     * The places the one acting may change, as a test for many at once (an import's rows): one query for the
     * whole scope instead of one per row.
     */
    public LongPredicate changeable() {
        Actor a = requireEditor();
        if (a.admin()) {
            return id -> true;
        }
        var allowed = places.subtree(a.scope());
        return allowed::contains;
    }

    public Actor actor() {
        return actors.get();
    }

    /** The name of a place, for messages. */
    public String placeName(long placeId) {
        return places.name(placeId);
    }
}
