package org.youcheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The schema as migrated; runs on H2 and on PostgreSQL through its subclasses. */
abstract class SchemaTests {

    @Autowired
    DataSource dataSource;

    /**
     * Two indexes on the same columns of a table cost every insert a second B-tree and serve no query the first
     * does not. H2 makes one for each foreign key by itself, so an index declared after the key is a copy there.
     */
    @Test
    void noTableHasTwoIndexesOnTheSameColumns() throws SQLException {
        List<String> copies = new ArrayList<>();
        try (var con = dataSource.getConnection()) {
            DatabaseMetaData meta = con.getMetaData();
            List<String> tables = tables(meta, con.getSchema());
            assertThat(tables).as("tables of the schema").contains("tie", "activity", "place");
            for (String table : tables) {
                // index name → its columns in order
                Map<String, TreeMap<Short, String>> indexes = new TreeMap<>();
                try (ResultSet rs = meta.getIndexInfo(null, con.getSchema(), table, false, true)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                            indexes.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new TreeMap<>())
                                    .put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                        }
                    }
                }
                Map<List<String>, String> seen = new java.util.HashMap<>();
                indexes.forEach((name, columns) -> {
                    String before = seen.putIfAbsent(List.copyOf(columns.values()), name);
                    if (before != null) {
                        copies.add(table + " " + columns.values() + ": " + before + " and " + name);
                    }
                });
            }
        }
        assertThat(copies).isEmpty();
    }

    /**
     * A foreign key without an index on its columns makes every delete of a row it names read the whole referring
     * table once (removing 34,500 places took 16 s on PostgreSQL), and every merge of places slower than it needs.
     * PostgreSQL makes no index for a foreign key by itself; H2 does.
     */
    @Test
    void everyForeignKeyLeadsAnIndex() throws SQLException {
        List<String> bare = new ArrayList<>();
        try (var con = dataSource.getConnection()) {
            DatabaseMetaData meta = con.getMetaData();
            List<String> tables = tables(meta, con.getSchema());
            for (String table : tables) {
                // the first column of each index, and of each foreign key
                java.util.Set<String> leading = new java.util.HashSet<>();
                try (ResultSet rs = meta.getIndexInfo(null, con.getSchema(), table, false, true)) {
                    while (rs.next()) {
                        if (rs.getShort("ORDINAL_POSITION") == 1 && rs.getString("COLUMN_NAME") != null) {
                            leading.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
                try (ResultSet rs = meta.getImportedKeys(null, con.getSchema(), table)) {
                    while (rs.next()) {
                        String column = rs.getString("FKCOLUMN_NAME").toLowerCase(java.util.Locale.ROOT);
                        if (rs.getShort("KEY_SEQ") == 1 && !leading.contains(column)) {
                            bare.add(table + "." + column + " → " + rs.getString("PKTABLE_NAME"));
                        }
                    }
                }
            }
            assertThat(tables).contains("wikidata_place", "account_scope");
        }
        assertThat(bare).isEmpty();
    }

    private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
