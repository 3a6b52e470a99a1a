package org.youcheng.registry.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.Provenance;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieStatement;

/**
 * The statements that support a tie (table {@code tie_source}): the standing one is the tie row's own fields; the
 * others are kept beside it, and the tie's authority is the strongest of them.
 */
@Repository
public class TieStatementRepository {

    /** Keeps the statements tie rows hold before others replace them (the kind 'unverified' states no kind). */
    private static final String KEEP_STATEMENTS = """
            insert into tie_source (tie_id, provenance, source, kind, signed_on, signed_precision, import_id,
                                    added_at)
            select id, origin, source, case when kind = 'unverified' then null else kind end, signed_on,
                   signed_precision, import_id, updated_at
            from tie where id in (:ids)""";
    /** Ties whose statements {@link #keep} keeps in one statement (a bound list stays short of limits). */
    private static final int KEEP_AT_ONCE = 1_000;

    private static final String MARK_EXTRACTED = """
            update tie set origin = 'extracted',
                           authority = case when authority = 'recorded' and exists (
                               select 1 from tie_source s where s.tie_id = tie.id and s.provenance = 'recorded')
                               then 'recorded' else 'extracted' end
            where id = :id""";
    private static final String ADD_STATEMENT = """
            insert into tie_source (tie_id, provenance, source, kind, signed_on, signed_precision, import_id,
                                    candidate_id, evidence, added_at)
            values (:tie, :provenance, :source, :kind, :signedOn, :precision, :importId, :candidate, :evidence,
                    :at)""";
    private static final String STATEMENTS = """
            select provenance, source, kind, signed_on, signed_precision, import_id, candidate_id, evidence, added_at
            from tie_source where tie_id = :tie order by added_at, id""";
    private static final String SET_AUTHORITY = "update tie set authority = :authority where id = :id";

    private final JdbcClient db;

    TieStatementRepository(JdbcClient db) {
        this.db = db;
    }

    /** Every statement that supports a tie: the standing one (its own fields) first, then the others, oldest first. */
    public List<TieStatement> of(Tie t) {
        List<TieStatement> out = new ArrayList<>();
        out.add(new TieStatement(t.origin(), t.source(), t.kind(), t.signed(), null, null, null, t.updatedAt(), true));
        out.addAll(db.sql(STATEMENTS)
                .param("tie", t.id())
                .query((rs, n) -> {
                    String kind = rs.getString("kind");
                    return new TieStatement(
                            Provenance.fromCode(rs.getString("provenance")),
                            rs.getString("source"),
                            kind == null ? TieKind.UNVERIFIED : TieKind.valueOf(kind.toUpperCase()),
                            TieRows.signed(rs),
                            rs.getObject("import_id", Long.class),
                            rs.getObject("candidate_id", Long.class),
                            rs.getString("evidence"),
                            rs.getTimestamp("added_at").toInstant(),
                            false);
                })
                .list());
        return out;
    }

    /** Keeps the statements these tie rows hold now among their others, before new ones take their place. */
    public void keep(List<Long> tieIds) {
        for (int i = 0; i < tieIds.size(); i += KEEP_AT_ONCE) {
            db.sql(KEEP_STATEMENTS)
                    .param("ids", tieIds.subList(i, Math.min(tieIds.size(), i + KEEP_AT_ONCE)))
                    .update();
        }
    }

    /** Adds a statement beside the standing one, and raises the tie's authority to it where it is stronger. */
    public void add(Tie t, TieStatement s) {
        db.sql(ADD_STATEMENT)
                .param("tie", t.id())
                .param("provenance", s.provenance().code())
                .param("source", s.source())
                .param(
                        "kind",
                        s.kind() == null || s.kind() == TieKind.UNVERIFIED
                                ? null
                                : s.kind().code())
                .param(
                        "signedOn",
                        s.signed() == null ? null : Date.valueOf(s.signed().firstDay()))
                .param(
                        "precision",
                        s.signed() == null
                                ? null
                                : s.signed().precision().name().toLowerCase())
                .param("importId", s.importId())
                .param("candidate", s.candidateId())
                .param("evidence", s.evidence())
                .param("at", Timestamp.from(s.addedAt()))
                .update();
        Provenance authority = t.authority().max(s.provenance());
        if (authority != t.authority()) {
            db.sql(SET_AUTHORITY)
                    .param("authority", authority.code())
                    .param("id", t.id())
                    .update();
        }
    }

    /** Marks the standing statement of a tie as an accepted article's (its authority follows unless stronger). */
    public void markExtracted(long id) {
        db.sql(MARK_EXTRACTED).param("id", id).update();
    }
}
