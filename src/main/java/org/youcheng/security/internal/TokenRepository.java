package org.youcheng.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.youcheng.security.ApiToken;
import org.youcheng.security.Role;

@Repository
public class TokenRepository {

    /** A usable token's account: not revoked, not expired, the account enabled. */
    private static final String ACCOUNT_OF = """
            select a.name, a.role from api_token t join account a on a.id = t.account_id
            where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now and a.enabled""";

    private static final String TOUCH = "update api_token set last_used_at = :now where token_hash = :hash";
    private static final String INSERT = """
            insert into api_token (account_id, token_hash, label, created_at, expires_at)
            values (:account, :hash, :label, :now, :expires)""";
    private static final String COLUMNS = """
            select t.id, a.name, t.label, t.created_at, t.expires_at, t.revoked_at, t.last_used_at
            from api_token t join account a on a.id = t.account_id""";
    private static final String OF_ACCOUNT = COLUMNS + " where a.name = :name order by t.id";
    private static final String BY_ID = COLUMNS + " where t.id = :id";
    private static final String REVOKE = """
            update api_token set revoked_at = :now where id = :id and revoked_at is null""";

    public record Holder(String name, Role role) {}

    private final JdbcClient db;

    TokenRepository(JdbcClient db) {
        this.db = db;
    }

    public Optional<Holder> holder(String hash, Instant now) {
        Optional<Holder> h = db.sql(ACCOUNT_OF)
                .param("hash", hash)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Holder(
                        rs.getString(1),
                        Role.parse(rs.getString(2).toLowerCase(Locale.ROOT)).orElseThrow()))
                .optional();
        h.ifPresent(x -> db.sql(TOUCH)
                .param("hash", hash)
                .param("now", Timestamp.from(now))
                .update());
        return h;
    }

    public long insert(long accountId, String hash, String label, Instant now, Instant expires) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql(INSERT)
                .param("account", accountId)
                .param("hash", hash)
                .param("label", label)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<ApiToken> of(String accountName) {
        return db.sql(OF_ACCOUNT)
                .param("name", accountName)
                .query(TokenRepository::map)
                .list();
    }

    public Optional<ApiToken> find(long id) {
        return db.sql(BY_ID).param("id", id).query(TokenRepository::map).optional();
    }

    public boolean revoke(long id, Instant now) {
        return db.sql(REVOKE).param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    private static ApiToken map(ResultSet rs, int n) throws SQLException {
        return new ApiToken(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getTimestamp(5).toInstant(),
                instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
