package org.youcheng.ledger.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.youcheng.ledger.ActivityFile;

/** The files attached to activities (agendas, minutes, photographs), content and all, in plain SQL. */
@Repository
public class ActivityFileRepository {

    static final String COLUMNS = "id, file_key, activity_id, file_name, content_type, sha256, size, created_at";
    private static final String FILE =
            "select " + COLUMNS + " from activity_file where activity_id = :activity and id = :id";
    private static final String FILE_BY_KEY =
            "select " + COLUMNS + " from activity_file where activity_id = :activity and file_key = :key";
    private static final String CONTENT = "select content from activity_file where id = :id";
    private static final String INSERT = """
            insert into activity_file (file_key, activity_id, file_name, content_type, sha256, size, content, created_at)
            values (:key, :activity, :name, :type, :sha, :size, :content, :now)""";
    private static final String DELETE = "delete from activity_file where activity_id = :activity and id = :id";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;

    ActivityFileRepository(JdbcClient db) {
        this.db = db;
    }

    /** Stores a file under a new random key (128 bits, base64url); returns its row number. */
    public long addFile(long activityId, String name, String contentType, String sha256, byte[] content, Instant now) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql(INSERT)
                .param("key", Base64.getUrlEncoder().withoutPadding().encodeToString(random))
                .param("activity", activityId)
                .param("name", name)
                .param("type", contentType)
                .param("sha", sha256)
                .param("size", content.length)
                .param("content", content)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ActivityFile> file(long activityId, long fileId) {
        return db.sql(FILE)
                .param("activity", activityId)
                .param("id", fileId)
                .query(ActivityFileRepository::map)
                .optional();
    }

    public Optional<ActivityFile> file(long activityId, String key) {
        return db.sql(FILE_BY_KEY)
                .param("activity", activityId)
                .param("key", key)
                .query(ActivityFileRepository::map)
                .optional();
    }

    public byte[] content(long fileId) {
        return db.sql(CONTENT).param("id", fileId).query(byte[].class).single();
    }

    public void deleteFile(long activityId, long fileId) {
        db.sql(DELETE).param("activity", activityId).param("id", fileId).update();
    }

    /** One row of {@link #COLUMNS}. */
    static ActivityFile map(ResultSet rs, int n) throws SQLException {
        return new ActivityFile(
                rs.getLong("id"),
                rs.getString("file_key"),
                rs.getLong("activity_id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getString("sha256"),
                rs.getLong("size"),
                rs.getTimestamp("created_at").toInstant());
    }
}
