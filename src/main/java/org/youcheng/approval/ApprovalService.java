package org.youcheng.approval;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.youcheng.approval.internal.ApplicationRepository;
import org.youcheng.common.ConflictException;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.Transactions;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieDocument;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieView;
import org.youcheng.security.Actor;
import org.youcheng.security.AuditTrail;
import org.youcheng.security.Permissions;
import org.youcheng.security.Refusal;

/**
 * The approval path of a formal tie, one step at a time and none skipped: the city's editor files the application
 * from an intent tie that has its letter of intent; the province's editor approves it or returns it with a reason;
 * for a sister tie the national association (an admin) approves or returns it; then the city's editor (or an admin)
 * records the signing, and its date makes the tie what was applied for, active. A friendship-cooperation (partner)
 * tie needs the province's approval only. Each step has a permission of its own, is dated, kept with the
 * application, and written to the audit trail; each is taken at the version read (409 when stale).
 */
@Service
public record ApprovalService(
        ApplicationRepository applications,
        TieService ties,
        Permissions permissions,
        AuditTrail audit,
        Clock clock,
        Transactions tx) {

    /** A decision of a review. */
    public enum Decision {
        APPROVE,
        RETURN
    }

    public Optional<Application> of(long tieId) {
        return applications.ofTie(tieId);
    }

    /**
     * The city files (or, after a return, files again) an application for a sister or partner tie. The tie must be an
     * intent with a letter of intent among its documents.
     */
    public Application apply(long tieId, TieKind kind, Integer version) {
        return tx.call(() -> {
            Tie tie = tie(tieId);
            permissions.requireChange(tie.domesticId());
            if (kind != TieKind.SISTER && kind != TieKind.PARTNER) {
                throw ValidationException.of("kind", kind == null ? null : kind.code(), "sister or partner");
            }
            if (tie.kind() != TieKind.INTENT) {
                throw ValidationException.of("tie", tie.kind().code(), "an application starts from an intent tie");
            }
            if (ties.documents(tieId).stream().noneMatch(d -> d.kind() == TieDocument.Kind.INTENT_LETTER)) {
                throw ValidationException.of(
                        "documents",
                        null,
                        "file the letter of intent with the tie first (document kind intent_letter)");
            }
            Optional<Application> existing = applications.ofTie(tieId);
            Instant now = clock.instant();
            if (existing.isEmpty()) {
                applications.insert(tieId, kind, now);
            } else {
                Application a = existing.get();
                if (a.state() != ApplicationState.RETURNED) {
                    throw new ConflictException(
                            "tie " + tieId + " has an application already ("
                                    + a.state().code() + "); only a returned one is filed again",
                            a);
                }
                move(a, version, ApplicationState.RETURNED, ApplicationState.APPLIED, kind, now);
            }
            return step(tieId, existing.orElse(null), "apply", now, null, null);
        });
    }

    /** The province approves the application or returns it to the city with a reason. */
    public Application provinceReview(long tieId, int version, Decision decision, String reason) {
        return tx.call(() -> {
            permissions.requireProvinceOf(tie(tieId).domesticId());
            return review(
                    open(tieId),
                    version,
                    decision,
                    reason,
                    ApplicationState.APPLIED,
                    ApplicationState.PROVINCE_APPROVED,
                    "province");
        });
    }

    /** The national association approves a sister tie's application, or returns it with a reason. */
    public Application nationalReview(long tieId, int version, Decision decision, String reason) {
        return tx.call(() -> {
            permissions.requireAdmin();
            tie(tieId);
            Application a = open(tieId);
            if (a.kind() != TieKind.SISTER) {
                throw new ConflictException(
                        "a friendship-cooperation tie needs the province's approval only; "
                                + "nothing for the national association to approve",
                        a);
            }
            return review(
                    a,
                    version,
                    decision,
                    reason,
                    ApplicationState.PROVINCE_APPROVED,
                    ApplicationState.NATIONAL_APPROVED,
                    "national");
        });
    }

    /** A review: from its state to the next one, or back to the city with a reason. */
    private Application review(
            Application a,
            int version,
            Decision decision,
            String reason,
            ApplicationState from,
            ApplicationState approved,
            String office) {
        String filer = a.steps().stream()
                .filter(s -> s.step().equals("apply"))
                .reduce((x, y) -> y)
                .map(Application.Step::actor)
                .orElse(null);
        String reviewer = permissions.actor().name();
        if (reviewer.equals(filer)) {
            throw new Refusal(
                    Refusal.Reason.OWN_APPLICATION,
                    null,
                    reviewer + " filed this application: no account reviews its own "
                            + "application; another editor of the province (or the national association) does");
        }
        Instant now = clock.instant();
        boolean approve = decision == Decision.APPROVE;
        checkReason(approve, reason);
        move(a, version, from, approve ? approved : ApplicationState.RETURNED, a.kind(), now);
        return step(a.tieId(), a, office + (approve ? "_approve" : "_return"), now, reason, null);
    }

    /** The signing: the tie becomes what was applied for, signed on that day and active. */
    public Application sign(long tieId, int version, LocalDate signedOn) {
        return tx.call(() -> {
            Tie tie = tie(tieId);
            permissions.requireChange(tie.domesticId());
            if (signedOn == null) {
                throw ValidationException.of("signed", null, "the signing date (ISO, such as 2026-11-25)");
            }
            if (signedOn.isAfter(LocalDate.now(clock))) {
                throw ValidationException.of(
                        "signed", signedOn.toString(), "a signing that has happened: not in the future");
            }
            Application a = open(tieId);
            ApplicationState ready = a.kind() == TieKind.SISTER
                    ? ApplicationState.NATIONAL_APPROVED
                    : ApplicationState.PROVINCE_APPROVED;
            Instant now = clock.instant();
            move(a, version, ready, ApplicationState.SIGNED, a.kind(), now);
            ties.signApplied(tieId, tie.version(), a.kind(), signedOn);
            return step(tieId, a, "sign", now, null, signedOn);
        });
    }

    private Tie tie(long tieId) {
        TieView v = ties.view(tieId);
        return v.tie();
    }

    private Application open(long tieId) {
        return applications
                .ofTie(tieId)
                .orElseThrow(() -> new NotFoundException("tie " + tieId + " has no application for a formal tie"));
    }

    /** Moves the application on, refusing a step out of turn (409) and a stale version (409). */
    private void move(
            Application a, Integer version, ApplicationState from, ApplicationState to, TieKind kind, Instant now) {
        if (a.state() != from) {
            throw new ConflictException(
                    "the application of tie " + a.tieId() + " is " + a.state().code() + ": this step needs it "
                            + from.code() + "; no step may be skipped",
                    a);
        }
        if (version == null) {
            throw ValidationException.of("version", null, "required: the version of the application read");
        }
        if (a.version() != version || !applications.move(a.id(), version, to, kind, now)) {
            throw new ConflictException(
                    "the application of tie " + a.tieId() + " was changed by someone else " + "(version " + a.version()
                            + ", yours " + version + "); nothing was saved",
                    a);
        }
    }

    private Application step(long tieId, Application before, String step, Instant now, String reason, LocalDate dated) {
        Actor actor = permissions.actor();
        Application current = applications.ofTie(tieId).orElseThrow();
        applications.addStep(current.id(), step, now, actor.name(), reason, dated);
        Application after = applications.ofTie(tieId).orElseThrow();
        audit.record("application_" + step, "tie_application", after.id(), before, after);
        return after;
    }

    private static void checkReason(boolean approve, String reason) {
        if (!approve && (reason == null || reason.isBlank() || reason.length() > 1000)) {
            throw ValidationException.of("reason", reason, "a return says why, in 1 to 1000 characters");
        }
        if (reason != null && reason.length() > 1000) {
            throw ValidationException.of("reason", "…", "at most 1000 characters");
        }
    }
}
