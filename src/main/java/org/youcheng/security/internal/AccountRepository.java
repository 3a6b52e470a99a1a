package org.youcheng.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.youcheng.security.Account;
import org.youcheng.security.Role;

@Repository
public class AccountRepository {

    private static final String COLUMNS =
            "a.id, a.name, a.role, a.enabled, a.version, a.created_at, a.updated_at, " + "a.must_change_password";
    private static final String BY_NAME = "select " + COLUMNS + " from account a where a.name = :name";
    private static final String BY_ID = "select " + COLUMNS + " from account a where a.id = :id";
    private static final String ALL = "select " + COLUMNS + " from account a order by a.name";
    private static final String PASSWORD = "select password_hash from account where name = :name and enabled";
    private static final String SCOPE = """
            select s.place_id, p.code, coalesce(p.name_zh, p.name_en) from account_scope s
            join place p on p.id = s.place_id where s.account_id = :id order by p.code""";
    private static final String INSERT = """
            insert into account (name, password_hash, role, enabled, created_at, updated_at, must_change_password)
            values (:name, :hash, :role, true, :now, :now, :must)""";
    private static final String ADD_SCOPE = "insert into account_scope (account_id, place_id) values (:id, :place)";
    private static final String CLEAR_SCOPE = "delete from account_scope where account_id = :id";
    /** Every change bumps the version; a stale version changes nothing. */
    private static final String CHANGE = """
            update account set role = :role, enabled = :enabled, version = version + 1, updated_at = :now
            where id = :id and version = :version""";
    /** Locked until the transaction ends, so that two admins demoting each other at once cannot both succeed. */
    private static final String LOCK_ENABLED_ADMINS = """
            select id from account where role = 'admin' and enabled order by id for update""";

    private static final String SET_PASSWORD = """
            update account set password_hash = :hash, must_change_password = :must, version = version + 1,
            updated_at = :now where id = :id and version = :version""";

    private final JdbcClient db;

    AccountRepository(JdbcClient db) {
        this.db = db;
    }

    public Optional<Account> find(String name) {
        return db.sql(BY_NAME).param("name", name).query(this::map).optional();
    }

    public Optional<Account> find(long id) {
        return db.sql(BY_ID).param("id", id).query(this::map).optional();
    }

    public List<Account> all() {
        return db.sql(ALL).query(this::map).list();
    }

    /** The stored password hash of an enabled account. */
    public Optional<String> passwordHash(String name) {
        return db.sql(PASSWORD).param("name", name).query(String.class).optional();
    }

    public long insert(String name, String hash, Role role, boolean mustChange, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql(INSERT)
                .param("name", name)
                .param("hash", hash)
                .param("role", role.code())
                .param("now", Timestamp.from(now))
                .param("must", mustChange)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void setScope(long id, Collection<Long> places) {
        db.sql(CLEAR_SCOPE).param("id", id).update();
        for (long place : places) {
            db.sql(ADD_SCOPE).param("id", id).param("place", place).update();
        }
    }

    /** Role, enabled and scope change together at one version (the scope is written by {@link #setScope}). */
    public boolean change(long id, int version, Role role, boolean enabled, Instant now) {
        return db.sql(CHANGE)
                        .param("id", id)
                        .param("version", version)
                        .param("role", role.code())
                        .param("enabled", enabled)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    public List<Long> lockEnabledAdmins() {
        return db.sql(LOCK_ENABLED_ADMINS).query(Long.class).list();
    }

    public boolean setPassword(long id, int version, String hash, boolean mustChange, Instant now) {
        return db.sql(SET_PASSWORD)
                        .param("id", id)
                        .param("version", version)
                        .param("hash", hash)
                        .param("must", mustChange)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    private Account map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<Account.ScopePlace> scope = new ArrayList<>(db.sql(SCOPE)
                .param("id", id)
                .query((r, i) -> new Account.ScopePlace(r.getLong(1), r.getString(2), r.getString(3)))
                .list());
        return new Account(
                id,
                rs.getString("name"),
                Role.parse(rs.getString("role").toLowerCase(Locale.ROOT)).orElseThrow(),
                rs.getBoolean("enabled"),
                scope,
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getBoolean("must_change_password"));
    }
}
