package org.youcheng.registry.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Level;
import org.youcheng.registry.Names;

/**
 * China's administrative divisions at province, prefecture and county level (GB/T 2260 codes) from the npm
 * package china-division, with Taiwan, Hong Kong and Macau as the provinces GB/T 2260 gives them.
 */
final class DivisionLoader {

    /** Rows of cities.json that are groupings, not cities: their counties hang directly under the province. */
    private static final Set<String> NOT_A_CITY = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private final ObjectMapper json = new ObjectMapper();

    List<PlaceRow> load() {
        List<PlaceRow> rows = new ArrayList<>();
        for (JsonNode p : read("provinces.json")) {
            rows.add(row(p.path("code").asText() + "0000", p.path("name").asText(), Level.PROVINCE, null));
        }
        rows.add(row("710000", "台湾省", Level.PROVINCE, null));
        rows.add(row("810000", "香港特别行政区", Level.PROVINCE, null));
        rows.add(row("820000", "澳门特别行政区", Level.PROVINCE, null));
        for (JsonNode c : read("cities.json")) {
            if (!NOT_A_CITY.contains(c.path("name").asText())) {
                rows.add(row(
                        c.path("code").asText() + "00",
                        c.path("name").asText(),
                        Level.PREFECTURE,
                        c.path("provinceCode").asText() + "0000"));
            }
        }
        java.util.Map<String, String> cityNames = new java.util.HashMap<>();
        rows.forEach(r -> cityNames.put(r.code, r.nameZh));
        for (JsonNode a : read("areas.json")) {
            String name = a.path("name").asText();
            String city = "CN-" + a.path("cityCode").asText() + "00";
            // cities without counties (东莞, 中山, 儋州, 嘉峪关) list themselves once more as their only area
            if (cityNames.containsKey("CN-" + a.path("code").asText()) || name.equals(cityNames.get(city))) {
                continue;
            }
            String parent = cityNames.containsKey(city)
                    ? city
                    : "CN-" + a.path("provinceCode").asText() + "0000";
            Level level = name.endsWith("区") ? Level.DISTRICT : Level.COUNTY;
            rows.add(row(a.path("code").asText(), name, level, parent.substring(3)));
        }
        return rows;
    }

    private static PlaceRow row(String code, String name, Level level, String parentCode) {
        PlaceRow r = new PlaceRow("CN-" + code, level, "CN", "gbt2260");
        r.nameZh = name;
        r.pinyin = Names.pinyin(name);
        r.parentCode = parentCode == null ? null : "CN-" + parentCode;
        r.aliases.add(name);
        r.aliases.add(r.pinyin);
        return r;
    }

    private JsonNode read(String file) {
        try (InputStream in = Tsv.open("refdata/npm/china-division/dist/" + file)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
