package org.youcheng.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.PlaceResolver;

/**
 * The two sides of a tie row: the Chinese side (by code or by name) and the partner (by code, or by name and country,
 * perhaps a place the registry lacks). Names are resolved once per file, then cached.
 */
final class TieParties {

    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;
    private final Map<String, PlaceResolver.Resolution> domesticCache = new HashMap<>();
    private final Map<String, PlaceResolver.Resolution> partnerCache = new HashMap<>();

    TieParties(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.resolver = new PlaceResolver(gazetteer);
    }

    /** The row's Chinese side (or, by code, any place), or null with the problem added. */
    Gazetteer.Entry domestic(TieRow row, List<RowProblem> problems) {
        String code = row.get(Column.DOMESTIC_CODE);
        if (code != null) {
            // a code pins the exact place, on either side of the world: exports of twin ties between two foreign
            // places carry one, and must import again unchanged
            Gazetteer.Entry e = gazetteer.byCode(code);
            if (e != null) {
                return e;
            }
            problems.add(RowProblem.coded(
                    row.number(), Column.DOMESTIC_CODE.header(), code, "no_place_with_code", "no place has this code"));
            return null;
        }
        String name = row.get(Column.DOMESTIC);
        if (name == null) {
            problems.add(RowProblem.coded(
                    row.number(), Column.DOMESTIC.header(), null, "required", "empty: name the Chinese side"));
            return null;
        }
        PlaceResolver.Resolution r = domesticCache.computeIfAbsent(name, resolver::domestic);
        if (!r.ok()) {
            problems.add(new RowProblem(
                    row.number(),
                    Column.DOMESTIC.header(),
                    name,
                    r.error(),
                    ResolverErrors.code(r.error()),
                    List.of()));
            return null;
        }
        return r.place();
    }

    /** The row's partner, found or to be created, or null with the problem added. */
    PlaceResolver.Resolution partner(TieRow row, Gazetteer.Entry domestic, List<RowProblem> problems) {
        String code = row.get(Column.PARTNER_CODE);
        if (code != null) {
            Gazetteer.Entry e = gazetteer.byCode(code);
            if (e != null) {
                return PlaceResolver.Resolution.found(e, null);
            }
            problems.add(RowProblem.coded(
                    row.number(), Column.PARTNER_CODE.header(), code, "no_place_with_code", "no place has this code"));
            return null;
        }
        String name = row.get(Column.PARTNER);
        String country = row.get(Column.PARTNER_COUNTRY);
        // A name resolves once per file and kind of Chinese side (a province asks for a province): only where several
        // places fit does the Chinese side's own ties weigh in, and then the name is resolved again for each side
        // that has ties. A side without any tie weighs nothing (the resolver reads of a side only whether it asks
        // for a province and whether it is tied to a candidate), so all such sides share one resolution: resolving
        // once per row there had cost a third of the rows a full resolution and the cache an entry each.
        String key = name + "\u0000" + country + "\u0000" + PlaceResolver.asksForProvince(domestic);
        PlaceResolver.Resolution first =
                partnerCache.computeIfAbsent(key, k -> resolver.partner(name, country, domestic));
        PlaceResolver.Resolution r = !first.weighed() || domestic == null
                ? first
                : partnerCache.computeIfAbsent(
                        key + "\u0000" + (domestic.ties() == 0 ? "untied" : domestic.id()),
                        k -> resolver.partner(name, country, domestic));
        if (!r.ok()) {
            String column =
                    r.error().startsWith("unknown country") ? Column.PARTNER_COUNTRY.header() : Column.PARTNER.header();
            problems.add(new RowProblem(
                    row.number(),
                    column,
                    column.equals(Column.PARTNER.header()) ? name : country,
                    r.error(),
                    ResolverErrors.code(r.error()),
                    List.of()));
            return null;
        }
        if (r.isNew() && "CN".equals(r.country())) {
            problems.add(RowProblem.coded(
                    row.number(),
                    Column.PARTNER.header(),
                    name,
                    "unknown_chinese_partner",
                    "unknown place in China; places in China come from GB/T 2260 and are not created by imports"));
            return null;
        }
        return r;
    }
}
