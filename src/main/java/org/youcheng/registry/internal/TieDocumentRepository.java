package org.youcheng.registry.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.youcheng.registry.TieDocument;

/** The documents filed on a tie (agreement, memorandum, letter of intent ...): listed, added and removed. */
@Repository
public class TieDocumentRepository {

    private static final String OF_TIE = """
            select id, tie_id, kind, title, url, dated, created_at from tie_document where tie_id = :tie order by id""";
    private static final String INSERT = """
            insert into tie_document (tie_id, kind, title, url, dated, created_at)
            values (:tie, :kind, :title, :url, :dated, :at)""";
    private static final String DELETE = "delete from tie_document where id = :id and tie_id = :tie";

    private final JdbcClient db;

    TieDocumentRepository(JdbcClient db) {
        this.db = db;
    }

    public List<TieDocument> of(long tieId) {
        return db.sql(OF_TIE)
                .param("tie", tieId)
                .query((rs, n) -> new TieDocument(
                        rs.getLong(1),
                        rs.getLong(2),
                        TieDocument.Kind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    public long insert(
            long tieId, TieDocument.Kind kind, String title, String url, java.time.LocalDate dated, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql(INSERT)
                .param("tie", tieId)
                .param("kind", kind.code())
                .param("title", title)
                .param("url", url)
                .param("dated", dated == null ? null : Date.valueOf(dated))
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean delete(long tieId, long id) {
        return db.sql(DELETE).param("id", id).param("tie", tieId).update() == 1;
    }
}
