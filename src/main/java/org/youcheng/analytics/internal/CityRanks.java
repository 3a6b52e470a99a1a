package org.youcheng.analytics.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The ranks Chinese cities hold (municipality, capital, sub-provincial), from {@code refdata/china/city-ranks.tsv}. */
public final class CityRanks {

    static final String SOURCE = "refdata/china/city-ranks.tsv";
    private static final Map<String, Set<String>> BY_CODE = read();

    private CityRanks() {}

    /** Whether the place of this registry code ({@code CN-370200}) holds the rank. */
    static boolean holds(String code, String rank) {
        return code != null && BY_CODE.getOrDefault(code, Set.of()).contains(rank);
    }

    private static Map<String, Set<String>> read() {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = CityRanks.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                out.computeIfAbsent("CN-" + f[0], k -> new HashSet<>()).add(f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
