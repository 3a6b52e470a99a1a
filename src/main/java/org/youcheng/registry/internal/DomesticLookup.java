package org.youcheng.registry.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.Names;

/**
 * The Chinese side by name: 青岛, 青岛市 and 山东省青岛市 are one place; a name written under its province or city is
 * looked up below it, and of several places of one name those whose name matches with its suffix too are kept.
 */
public final class DomesticLookup {

    private final Gazetteer g;

    public DomesticLookup(Gazetteer g) {
        this.g = g;
    }

    /** The Chinese places of a full name (with its suffix), below the place {@code under} (0: anywhere). */
    public List<Gazetteer.Entry> chinese(String full, long under) {
        List<Gazetteer.Entry> found = g.byKey(Names.stripSuffix(full)).stream()
                .filter(e -> "CN".equals(e.country()) && (under == 0 || g.within(e, under)))
                .toList();
        found = narrow(found, full);
        if (!found.isEmpty()) {
            return found;
        }
        for (int i = full.length() - 2; i >= 2; i--) {
            List<Gazetteer.Entry> parents = narrow(
                    g.byKey(Names.stripSuffix(full.substring(0, i))).stream()
                            .filter(e -> "CN".equals(e.country())
                                    && e.level().tier() <= 2
                                    && (under == 0 || g.within(e, under)))
                            .toList(),
                    full.substring(0, i));
            for (Gazetteer.Entry parent : parents) {
                List<Gazetteer.Entry> inner = chinese(full.substring(i), parent.id());
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return List.of();
    }

    /** Several candidates: keep those whose name matches with its suffix too (朝阳区 over 朝阳市). */
    private static List<Gazetteer.Entry> narrow(List<Gazetteer.Entry> found, String full) {
        if (found.size() < 2) {
            return found;
        }
        List<Gazetteer.Entry> exact = found.stream()
                .filter(e -> Names.full(e.name()).equals(full)
                        || (e.nameEn() != null && Names.full(e.nameEn()).equals(full)))
                .toList();
        return exact.isEmpty() ? found : exact;
    }

    /** The candidates with their parents, for an error that asks which is meant. */
    public String describe(List<Gazetteer.Entry> found) {
        return found.stream().limit(6).map(this::qualified).collect(Collectors.joining(", "));
    }

    /** A place under its parent's name (山东省青岛市). */
    public String qualified(Gazetteer.Entry e) {
        Gazetteer.Entry parent = e.parentId() == 0 ? null : g.get(e.parentId());
        return parent == null ? e.name() : parent.name() + e.name();
    }
}
