package org.youcheng.extract;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.youcheng.common.ConflictException;
import org.youcheng.common.FieldError;
import org.youcheng.common.NotFoundException;
import org.youcheng.common.PartialDate;
import org.youcheng.common.Transactions;
import org.youcheng.common.ValidationException;
import org.youcheng.extract.internal.CandidateRepository;
import org.youcheng.extract.internal.ReviewCorrections;
import org.youcheng.registry.Names;
import org.youcheng.registry.Provenance;
import org.youcheng.registry.SignedRecord;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieDocument;
import org.youcheng.registry.TieDraft;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieService;
import org.youcheng.registry.TieStatement;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.Ties;
import org.youcheng.security.Permissions;

/**
 * The review queue: extraction files candidates; a person accepts one (as read, or after editing its fields), which
 * creates the tie — or updates the tie the two places already have — through {@link TieService}, with the article
 * as its source and the evidence in its note; or rejects it. A candidate is decided once.
 */
@Service
public record ReviewService(
        CandidateRepository candidates,
        ExtractService extraction,
        TieService ties,
        Ties tieRepository,
        ReviewCorrections corrections,
        Permissions permissions,
        Clock clock,
        Transactions tx) {

    /** A reviewer's corrections; a null field keeps what was read. */
    public record Edit(String domestic, String partner, String partnerCountry, String kind, String signed) {
        public static final Edit NONE = new Edit(null, null, null, null, null);
    }

    /** A page of the queue and the number of candidates in that state. */
    public record Queue(List<Candidate> items, int total) {}

    /**
     * An accepted candidate and the tie it made or supports, with the rules of the trade that tie bends; where the
     * article says otherwise than the tie's record (a kind, a date), the two side by side for the reviewer to choose.
     */
    public record Accepted(Candidate candidate, TieService.Saved tie, boolean updated, List<Conflict> conflicts) {}

    /** A field on which the article and the tie's standing record differ; the record is left as it was. */
    public record Conflict(String field, String record, String article) {}

    /** Files every tie of an article as a pending candidate, once per article and pair; returns the new ids. */
    public List<Long> enqueue(ArticleFacts facts, String text) {
        return tx.call(() -> {
            String source = articleSource(facts.source(), text);
            List<Long> ids = new ArrayList<>();
            for (ExtractedTie t : facts.relations()) {
                if (!candidates.queued(source, t.domestic(), t.partner())) {
                    ids.add(candidates.insert(source, t, clock.instant()));
                }
            }
            return ids;
        });
    }

    /** The article's address when its text begins with one ("URL: …"), else the name it was given. */
    static String articleSource(String given, String text) {
        if (text != null && text.startsWith("URL:")) {
            int eol = text.indexOf('\n');
            String url = text.substring(4, eol < 0 ? text.length() : eol).strip();
            if (!url.isEmpty() && url.length() <= 1000) {
                return url;
            }
        }
        String s = given == null || given.isBlank() ? "article" : given.strip();
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    public Candidate get(long id) {
        return candidates.find(id).orElseThrow(() -> new NotFoundException("no candidate with id " + id));
    }

    public Queue list(String status, int limit, int offset) {
        if (!List.of("pending", "accepted", "rejected").contains(status)) {
            throw new ValidationException(
                    List.of(new FieldError("status", status, "pending, accepted or rejected", "unknown_status")));
        }
        return new Queue(candidates.list(status, limit, offset), candidates.count(status));
    }

    public Accepted accept(long id, Edit edit) {
        return tx.call(() -> {
            Candidate c = pending(id);
            Edit e = edit == null ? Edit.NONE : edit;
            ReviewCorrections.Corrected read =
                    corrections.apply(c, e, extraction.extractor().resolver());
            TieKind kind = read.kind();
            PartialDate signed = read.signed();
            Long domesticId = read.domesticId();
            Long partnerId = read.partnerId();
            String note = Names.simplified("摘自文章: " + c.evidence());
            note = note.length() <= 2000 ? note : note.substring(0, 2000);
            Tie existing = tieRepository.findByPair(domesticId, partnerId).orElse(null);
            TieService.Saved saved;
            List<Conflict> conflicts = new ArrayList<>();
            // a sister or partner tie the press reports is one signed outside the approval path: the article is its
            // source document, and recording it is for whoever may record such ties
            SignedRecord article =
                    new SignedRecord(articleTitle(c), TieDocument.webAddress(c.source()) ? c.source() : null, null);
            if (existing == null) {
                saved = ties.create(
                        new TieDraft(
                                domesticId, partnerId, kind, signed, TieStatus.ACTIVE, null, null, c.source(), note),
                        article);
                tieRepository.markExtracted(saved.tie().tie().id());
            } else if (!existing.authority().vetted()) {
                // only the reference network knew of it: the article, read by a person, becomes its standing statement
                // (the reference statement is kept beside it by the update)
                ties.update(
                        existing.id(),
                        existing.version(),
                        new TieDraft(
                                existing.domesticId(),
                                existing.partnerId(),
                                kind,
                                signed,
                                existing.status(),
                                existing.endedOn(),
                                existing.endReason(),
                                c.source(),
                                existing.note() != null ? existing.note() : note),
                        article);
                tieRepository.markExtracted(existing.id());
                saved = ties.saved(existing.id());
            } else {
                // the office's record stands: the article is kept as one more statement, never over it
                ties.addStatement(
                        existing.id(),
                        new TieStatement(
                                Provenance.EXTRACTED,
                                c.source(),
                                kind,
                                signed,
                                null,
                                id,
                                c.evidence(),
                                clock.instant(),
                                false));
                if (kind != existing.kind()) {
                    conflicts.add(new Conflict("kind", existing.kind().code(), kind.code()));
                }
                if (signed != null && !signed.equals(existing.signed())) {
                    conflicts.add(new Conflict(
                            "signed",
                            existing.signed() == null ? null : existing.signed().toString(),
                            signed.toString()));
                }
                saved = ties.saved(existing.id());
            }
            if (!candidates.decide(id, "accepted", saved.tie().tie().id(), clock.instant())) {
                throw new ConflictException("candidate " + id + " was decided meanwhile", get(id));
            }
            return new Accepted(get(id), saved, existing != null, List.copyOf(conflicts));
        });
    }

    /** Rejects a pending candidate; an editor may reject only those whose Chinese side is in the account's scope. */
    public Candidate reject(long id) {
        return tx.call(() -> {
            Candidate c = pending(id);
            if (c.domesticId() != null) {
                permissions.requireChange(c.domesticId());
            } else {
                permissions.requireEditor();
            }
            if (!candidates.decide(id, "rejected", null, clock.instant())) {
                throw new ConflictException("candidate " + id + " was decided meanwhile", get(id));
            }
            return get(id);
        });
    }

    /** The title a news item's tie files its article under: the sentence that states it, shortened. */
    private static String articleTitle(Candidate c) {
        String evidence = Names.simplified(
                "新闻报道: " + (c.evidence() == null ? "" : c.evidence().strip()));
        return evidence.length() <= 300 ? evidence : evidence.substring(0, 299) + "…";
    }

    private Candidate pending(long id) {
        Candidate c = get(id);
        if (!c.pending()) {
            throw new ConflictException("candidate " + id + " was already " + c.status() + "; nothing was changed", c);
        }
        return c;
    }
}
