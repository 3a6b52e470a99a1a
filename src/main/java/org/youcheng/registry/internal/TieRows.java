package org.youcheng.registry.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.youcheng.common.PartialDate;
import org.youcheng.registry.Level;
import org.youcheng.registry.Place;
import org.youcheng.registry.Provenance;
import org.youcheng.registry.Tie;
import org.youcheng.registry.TieKind;
import org.youcheng.registry.TieStatus;
import org.youcheng.registry.TieView;

/** A tie as the tie table holds it, alone or with its two places (a view), read from a result row. */
public final class TieRows {

    private TieRows() {}

    static final String TIE_COLUMNS = """
            t.id, t.domestic_id, t.partner_id, t.kind, t.signed_on, t.signed_precision, t.status, t.ended_on,
            t.end_reason, t.source, t.note, t.version, t.created_at, t.updated_at, t.origin, t.authority,
            t.set_aside_on, t.set_aside_reason""";
    static final String VIEW_COLUMNS = """
            %s,
                   d.id d_id, d.code d_code, d.name_zh d_name_zh, d.name_en d_name_en, d.pinyin d_pinyin,
                   d.level d_level, d.country_code d_country_code, d.parent_id d_parent_id, d.lat d_lat, d.lng d_lng,
                   d.needs_review d_needs_review, d.version d_version,
                   p.id p_id, p.code p_code, p.name_zh p_name_zh, p.name_en p_name_en, p.pinyin p_pinyin,
                   p.level p_level, p.country_code p_country_code, p.parent_id p_parent_id, p.lat p_lat, p.lng p_lng,
                   p.needs_review p_needs_review, p.version p_version
            """.formatted(TIE_COLUMNS);

    public static Tie map(ResultSet rs, int n) throws SQLException {
        Date ended = rs.getDate("ended_on");
        return new Tie(
                rs.getLong("id"),
                rs.getLong("domestic_id"),
                rs.getLong("partner_id"),
                TieKind.valueOf(rs.getString("kind").toUpperCase()),
                signed(rs),
                TieStatus.valueOf(rs.getString("status").toUpperCase()),
                ended == null ? null : ended.toLocalDate(),
                rs.getString("end_reason"),
                rs.getString("source"),
                rs.getString("note"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                Provenance.fromCode(rs.getString("origin")),
                Provenance.fromCode(rs.getString("authority")),
                rs.getDate("set_aside_on") == null
                        ? null
                        : rs.getDate("set_aside_on").toLocalDate(),
                rs.getString("set_aside_reason"));
    }

    /** The day a tie was signed, to the precision it is known ({@code signed_on}, {@code signed_precision}). */
    public static PartialDate signed(ResultSet rs) throws SQLException {
        Date signed = rs.getDate("signed_on");
        return signed == null
                ? null
                : PartialDate.of(
                        signed.toLocalDate(),
                        PartialDate.Precision.valueOf(
                                rs.getString("signed_precision").toUpperCase()));
    }

    public static TieView mapView(ResultSet rs, int n) throws SQLException {
        return new TieView(map(rs, n), place(rs, "d_"), place(rs, "p_"));
    }

    private static Place place(ResultSet rs, String p) throws SQLException {
        return new Place(
                rs.getLong(p + "id"),
                rs.getString(p + "code"),
                rs.getString(p + "name_zh"),
                rs.getString(p + "name_en"),
                rs.getString(p + "pinyin"),
                Level.fromCode(rs.getString(p + "level")),
                rs.getString(p + "country_code"),
                rs.getObject(p + "parent_id", Long.class),
                rs.getObject(p + "lat", Double.class),
                rs.getObject(p + "lng", Double.class),
                rs.getBoolean(p + "needs_review"),
                rs.getInt(p + "version"));
    }
}
