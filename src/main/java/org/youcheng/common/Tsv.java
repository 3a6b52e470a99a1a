package org.youcheng.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled tab-separated reference files: '#' lines are comments, the first other line is the header. */
public final class Tsv {

    private Tsv() {}

    public static List<String[]> read(String resource) {
        InputStream in = Tsv.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new IllegalStateException("reference file missing from the build: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table of the same form from a file (the benchmarks' name lists). */
    public static List<String[]> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    private static List<String[]> read(BufferedReader r) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    public static InputStream open(String resource) {
        InputStream in = Tsv.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new IllegalStateException("reference file missing from the build: " + resource
                    + " (the build fetches it with npm; run ./youcheng build)");
        }
        return in;
    }
}
