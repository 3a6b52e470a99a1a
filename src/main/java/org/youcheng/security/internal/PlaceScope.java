package org.youcheng.security.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The place parent chain as scopes need it: a place's ancestors, a scope's places, a Chinese place by code. */
@Repository
public class PlaceScope {

    private static final String ANCESTORS = """
            with recursive up (id, parent_id) as (
                select id, parent_id from place where id = :id
                union all
                select p.id, p.parent_id from place p join up on p.id = up.parent_id)
            select id from up""";
    private static final String SUBTREE = """
            with recursive sub (id) as (
                select id from place where id in (:ids)
                union all
                select p.id from place p join sub on p.parent_id = sub.id)
            select id from sub""";
    private static final String CHINESE_BY_CODE = """
            select id from place where country_code = 'CN' and code = :code""";
    private static final String CHINESE_BY_NAME = """
            select id from place where country_code = 'CN' and name_zh = :name""";
    /** The province-level place above a place (or the place itself when it is one). */
    private static final String PROVINCE = """
            with recursive up (id, parent_id, level) as (
                select id, parent_id, level from place where id = :id
                union all
                select p.id, p.parent_id, p.level from place p join up on p.id = up.parent_id)
            select id from up where level = 'province'""";

    private static final String NAME = "select coalesce(name_zh, name_en) from place where id = :id";
    private static final String NAME_EN = "select coalesce(name_en, pinyin, name_zh) from place where id = :id";

    private final JdbcClient db;

    PlaceScope(JdbcClient db) {
        this.db = db;
    }

    /** The place and every place above it (a district, its city, its province). */
    public List<Long> ancestors(long placeId) {
        return db.sql(ANCESTORS).param("id", placeId).query(Long.class).list();
    }

    /** The places of a scope and every place under them. */
    public Set<Long> subtree(Collection<Long> placeIds) {
        if (placeIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                db.sql(SUBTREE).param("ids", placeIds).query(Long.class).list());
    }

    /**
     * A Chinese place by its GB/T 2260 code (370000 or CN-370000) or its exact Chinese name; empty when there is
     * none or the name is not unique.
     */
    public Optional<Long> chinese(String given) {
        String s = given.strip();
        String code = s.matches("\\d{6}") ? "CN-" + s : s.toUpperCase(java.util.Locale.ROOT);
        Optional<Long> byCode =
                db.sql(CHINESE_BY_CODE).param("code", code).query(Long.class).optional();
        if (byCode.isPresent()) {
            return byCode;
        }
        List<Long> byName =
                db.sql(CHINESE_BY_NAME).param("name", s).query(Long.class).list();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    public Optional<Long> province(long placeId) {
        return db.sql(PROVINCE).param("id", placeId).query(Long.class).optional();
    }

    /** The name in English, or its pinyin, or in Chinese when the place has neither. */
    public String nameEn(long placeId) {
        return db.sql(NAME_EN)
                .param("id", placeId)
                .query(String.class)
                .optional()
                .orElse("#" + placeId);
    }

    public String name(long placeId) {
        return db.sql(NAME).param("id", placeId).query(String.class).optional().orElse("#" + placeId);
    }
}
