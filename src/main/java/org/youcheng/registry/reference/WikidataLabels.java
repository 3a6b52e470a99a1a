package org.youcheng.registry.reference;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.youcheng.common.Tsv;
import org.youcheng.registry.Names;

/**
 * The Chinese and English labels of Wikidata's cities and first-level divisions ({@code refdata/wikidata/labels.tsv}),
 * each item with the country it is listed under: the country a label names wins over the twin network's guess, and
 * places in Taiwan, Hong Kong and Macau are placed in China under their province-level division.
 */
final class WikidataLabels {

    private static final Map<String, String> CHINA_PART_PROVINCE =
            Map.of("中华民国", "CN-710000", "台湾", "CN-710000", "香港", "CN-810000", "澳门", "CN-820000");

    /**
     * The Wikidata classes of China's province-level divisions as the labels list them (province of China, autonomous
     * region, direct-administered municipality): their labels give the divisions their English names (陕西省 Shaanxi,
     * 内蒙古自治区 Inner Mongolia), which the division data lacks. Former provinces are other classes and stay out.
     */
    private static final Set<String> CHINA_PROVINCE_CLASSES = Set.of("Q1615742", "Q57362", "Q1208802");

    /** One item's labels, as read. */
    static final class Label {
        final String qid;
        String nameZh;
        String nameZhMainland;
        String nameEn;
        String group;
        String chinaPart;
        boolean city;
        boolean province;

        Label(String qid) {
            this.qid = qid;
        }
    }

    private final Map<String, String> countryByKey;
    private final Function<String, String> countryOfDivision;

    WikidataLabels(Map<String, String> countryByKey, Function<String, String> countryOfDivision) {
        this.countryByKey = countryByKey;
        this.countryOfDivision = countryOfDivision;
    }

    /** Wikidata id → the item's labels, in the file's order. */
    Map<String, Label> read() {
        Map<String, Label> labels = new LinkedHashMap<>();
        for (String[] r : Tsv.read("refdata/wikidata/labels.tsv")) {
            Label l = labels.computeIfAbsent(r[0], Label::new);
            l.city |= r[1].equals("city");
            l.province |= r[1].equals("province");
            if (l.nameZh == null && !r[3].isBlank()) {
                l.nameZh = Names.simplified(r[3]);
                // a label in Taiwan usage (寮國, 永珍) also by its mainland name
                l.nameZhMainland = Names.simplifiedMainland(r[3]);
            }
            if (l.nameEn == null && !r[4].isBlank()) {
                l.nameEn = r[4];
            }
            if (l.group == null) {
                String group = Names.simplified(r[2]);
                l.chinaPart = CHINA_PART_PROVINCE.get(group);
                boolean chinaProvince = CHINA_PROVINCE_CLASSES.contains(group.split(" : ", 2)[0]);
                l.group = l.chinaPart != null || chinaProvince ? "CN" : countryByKey.get(Names.full(group));
                if (l.group == null) {
                    // a country named in Taiwan usage (突尼西亞 is 突尼斯, 紐西蘭 新西兰)
                    l.group = countryByKey.get(Names.full(Names.simplifiedMainland(r[2])));
                }
                if (l.group == null && group.contains(" : ")) {
                    l.group = divisionCountry(group, r[5], l.nameEn);
                }
            }
        }
        return labels;
    }

    /**
     * The country of a first-level division listed under its class ("Q50337 : prefecture of Japan", "Q35657 : U.S.
     * state") instead of a country: the country the class names, else the only country where Natural Earth has a
     * first-level division of this English name. Former and historical divisions stay out.
     */
    private String divisionCountry(String group, String groupEn, String nameEn) {
        String classes = (group + " " + Names.simplified(groupEn)).toLowerCase(Locale.ROOT);
        if (classes.contains("former")
                || classes.contains("historical")
                || classes.contains("empire")
                || classes.contains("kingdom of")) {
            return null;
        }
        for (String c : new String[] {group, Names.simplified(groupEn)}) {
            int of = c.lastIndexOf(" of ");
            if (of > 0) {
                String named = c.substring(of + 4).replaceFirst("^the ", "");
                String code = countryByKey.get(Names.full(named));
                if (code != null && !"CN".equals(code)) {
                    return code;
                }
            }
        }
        String code = countryOfDivision.apply(nameEn);
        return "CN".equals(code) ? null : code;
    }
}
