package org.youcheng.analytics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.registry.Region;

/**
 * Reads a strategy layout from YAML or JSON (JSON is YAML too):
 * <pre>
 * regions:
 *   - region: japan_korea     # a strategy region's code, or its Chinese name (日韩及东北亚)
 *     verb: deepen            # deepen, strengthen, tighten, keep, open up, consolidate, widen, or 深化 …
 *     target: 20              # optional: the ties aimed at there
 * </pre>
 * Every bad entry is reported, by its field ({@code regions[2].verb}); nothing is kept from a bad file.
 */
public final class StrategyReader {

    private StrategyReader() {}

    public static Strategy read(String text) {
        Object doc;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            doc = new Yaml(new SafeConstructor(options)).load(text == null ? "" : text);
        } catch (YAMLException e) {
            throw ValidationException.of(
                    "regions",
                    null,
                    "not YAML or JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(doc instanceof Map<?, ?> map) || !(map.get("regions") instanceof List<?> list)) {
            throw ValidationException.of("regions", null, "give a list under 'regions'");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Strategy.Aim> aims = new ArrayList<>();
        Set<Region> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "regions[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                errors.add(new FieldError(at, list.get(i), "give region, verb and optionally target"));
                continue;
            }
            Region region = region(entry.get("region"));
            if (region == null) {
                errors.add(new FieldError(
                        at + ".region",
                        entry.get("region"),
                        "not a strategy region (one of "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(Region.values())
                                                .map(Region::code)
                                                .toList())
                                + ")",
                        "unknown_region"));
            } else if (!seen.add(region)) {
                errors.add(new FieldError(at + ".region", entry.get("region"), "named twice", "duplicate_region"));
            }
            Verb verb = Verb.parse(String.valueOf(entry.get("verb"))).orElse(null);
            if (verb == null) {
                errors.add(new FieldError(
                        at + ".verb",
                        entry.get("verb"),
                        "not a verb (deepen, strengthen, tighten, keep, open up, consolidate, widen)",
                        "unknown_verb"));
            }
            Object t = entry.get("target");
            Integer target = null;
            if (t instanceof Integer n && n >= 0) {
                target = n;
            } else if (t != null) {
                errors.add(new FieldError(at + ".target", t, "a whole number of ties, 0 or more", "bad_target"));
            }
            if (region != null && verb != null) {
                aims.add(new Strategy.Aim(region, verb, target));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Strategy(aims);
    }

    private static Region region(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        for (Region r : Region.values()) {
            if (r.code().equalsIgnoreCase(s) || r.zh().equals(s) || r.en().equalsIgnoreCase(s)) {
                return r;
            }
        }
        return null;
    }
}
