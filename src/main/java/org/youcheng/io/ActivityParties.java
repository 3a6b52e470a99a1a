package org.youcheng.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.ledger.Partner;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.PlaceResolver;

/**
 * The two sides of an imported activity: its Chinese place (by code, or by name as people write it) and its foreign
 * side, places of the registry (an activity import creates none) and organisations. Names are resolved once per file.
 */
final class ActivityParties {

    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;
    private final Map<String, PlaceResolver.Resolution> domestic = new HashMap<>();
    private final Map<String, PlaceResolver.Resolution> foreign = new HashMap<>();

    ActivityParties(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.resolver = new PlaceResolver(gazetteer);
    }

    /** The row's Chinese place, or null with the problem added. */
    Gazetteer.Entry place(long n, Map<ActivityColumn, String> cells, List<RowProblem> problems) {
        String code = cells.get(ActivityColumn.PLACE_CODE);
        if (code != null) {
            Gazetteer.Entry e = gazetteer.byCode(code);
            if (e == null || !"CN".equals(e.country())) {
                problems.add(RowProblem.coded(
                        n,
                        ActivityColumn.PLACE_CODE.code,
                        code,
                        "no_chinese_place_with_code",
                        "no Chinese place has this code"));
                return null;
            }
            return e;
        }
        String name = cells.get(ActivityColumn.PLACE);
        if (name == null) {
            problems.add(
                    RowProblem.coded(n, ActivityColumn.PLACE.code, null, "required", "empty: name the Chinese side"));
            return null;
        }
        PlaceResolver.Resolution r = domestic.computeIfAbsent(name, resolver::domestic);
        if (!r.ok()) {
            problems.add(new RowProblem(
                    n, ActivityColumn.PLACE.code, name, r.error(), ResolverErrors.code(r.error()), List.of()));
            return null;
        }
        if (!"CN".equals(r.place().country())) {
            problems.add(RowProblem.coded(n, ActivityColumn.PLACE.code, name, "not_chinese", "not a Chinese place"));
            return null;
        }
        return r.place();
    }

    /** The row's foreign side, the places it cannot find left out and their problems added. */
    List<Partner> partners(long n, Map<ActivityColumn, String> cells, List<RowProblem> problems) {
        List<Partner> out = new ArrayList<>();
        for (String code : split(cells.get(ActivityColumn.PARTNER_CODES))) {
            Gazetteer.Entry e = gazetteer.byCode(code);
            if (e == null || "CN".equals(e.country())) {
                problems.add(RowProblem.coded(
                        n,
                        ActivityColumn.PARTNER_CODES.code,
                        code,
                        "no_foreign_place_with_code",
                        "no foreign place has this code"));
            } else {
                out.add(Partner.place(e.id()));
            }
        }
        String country = cells.get(ActivityColumn.PARTNER_COUNTRY);
        // codes pin the places (an export carries both): the names beside them are for people to read
        List<String> names =
                cells.containsKey(ActivityColumn.PARTNER_CODES) ? List.of() : split(cells.get(ActivityColumn.PARTNERS));
        for (String name : names) {
            PlaceResolver.Resolution r =
                    foreign.computeIfAbsent(name + "\u0000" + country, k -> resolver.partner(name, country));
            if (!r.ok()) {
                problems.add(new RowProblem(
                        n, ActivityColumn.PARTNERS.code, name, r.error(), ResolverErrors.code(r.error()), List.of()));
            } else if (r.isNew()) {
                problems.add(RowProblem.coded(
                        n,
                        ActivityColumn.PARTNERS.code,
                        name,
                        "activity_partner_unknown",
                        "not in the registry: an activity import creates no places; import the tie first, or "
                                + "name it under organisations"));
            } else if ("CN".equals(r.place().country())) {
                problems.add(RowProblem.coded(
                        n,
                        ActivityColumn.PARTNERS.code,
                        name,
                        "not_foreign",
                        "a place in China: the foreign side is a foreign place or an organisation"));
            } else {
                out.add(Partner.place(r.place().id()));
            }
        }
        for (String organisation : split(cells.get(ActivityColumn.ORGANISATIONS))) {
            out.add(Partner.organisation(organisation));
        }
        return out;
    }

    private static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;；、]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
