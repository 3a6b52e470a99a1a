package org.youcheng.extract.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.youcheng.extract.Candidate;
import org.youcheng.extract.ExtractedTie;

/** The review queue's table. A candidate's duplicate (a tie between the same places) is found as it is read. */
@Repository
public class CandidateRepository {

    private static final String SELECT = """
            select c.*, t.id existing_tie_id
            from extract_candidate c
            left join tie t on t.domestic_id = c.domestic_id and t.partner_id = c.partner_id""";
    private static final String BY_ID = SELECT + " where c.id = :id";
    private static final String BY_STATUS =
            SELECT + " where c.status = :status order by c.id limit :limit offset :offset";
    private static final String COUNT = "select count(*) from extract_candidate where status = :status";
    private static final String SAME = """
            select count(*) from extract_candidate
            where source = :source and domestic = :domestic and partner = :partner""";
    private static final String INSERT = """
            insert into extract_candidate (source, domestic, domestic_level, domestic_id, partner, partner_country,
                partner_id, kind, signed, evidence, evidence_start, evidence_end, pattern, status, created_at)
            values (:source, :domestic, :level, :domesticId, :partner, :country, :partnerId, :kind, :signed,
                :evidence, :start, :end, :pattern, 'pending', :now)""";
    private static final String DECIDE = """
            update extract_candidate set status = :status, tie_id = :tieId, decided_at = :now
            where id = :id and status = 'pending'""";

    private final JdbcClient db;

    CandidateRepository(JdbcClient db) {
        this.db = db;
    }

    public Optional<Candidate> find(long id) {
        return db.sql(BY_ID).param("id", id).query(CandidateRepository::map).optional();
    }

    public List<Candidate> list(String status, int limit, int offset) {
        return db.sql(BY_STATUS)
                .param("status", status)
                .param("limit", limit)
                .param("offset", offset)
                .query(CandidateRepository::map)
                .list();
    }

    public int count(String status) {
        return db.sql(COUNT).param("status", status).query(Integer.class).single();
    }

    /** Whether this article already queued this pair (reading a folder twice queues nothing twice). */
    public boolean queued(String source, String domestic, String partner) {
        return db.sql(SAME)
                        .param("source", source)
                        .param("domestic", domestic)
                        .param("partner", partner)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public long insert(String source, ExtractedTie t, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql(INSERT)
                .param("source", source)
                .param("domestic", t.domestic())
                .param("level", t.domesticLevel())
                .param("domesticId", t.domesticId())
                .param("partner", t.partner())
                .param("country", t.partnerCountry())
                .param("partnerId", t.partnerId())
                .param("kind", t.kind())
                .param("signed", t.signed())
                .param("evidence", clip(t.evidence(), 2000))
                .param("start", t.start())
                .param("end", t.end())
                .param("pattern", t.pattern())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Decides a pending candidate; false when it was decided meanwhile. */
    public boolean decide(long id, String status, Long tieId, Instant now) {
        return db.sql(DECIDE)
                        .param("id", id)
                        .param("status", status)
                        .param("tieId", tieId)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static Candidate map(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Candidate(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("domestic"),
                rs.getString("domestic_level"),
                rs.getObject("domestic_id", Long.class),
                rs.getString("partner"),
                rs.getString("partner_country"),
                rs.getObject("partner_id", Long.class),
                rs.getString("kind"),
                rs.getString("signed"),
                rs.getString("evidence"),
                rs.getInt("evidence_start"),
                rs.getInt("evidence_end"),
                rs.getString("status"),
                rs.getObject("tie_id", Long.class),
                rs.getObject("existing_tie_id", Long.class),
                rs.getTimestamp("created_at").toInstant(),
                decided == null ? null : decided.toInstant(),
                rs.getString("pattern"));
    }
}
