package org.youcheng.io;

import java.util.Locale;

/** The file formats youcheng reads and writes. */
public enum Format {
    CSV,
    XLSX,
    JSON,
    GEOJSON;

    public static Format of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (use csv, xlsx, json or geojson)");
        }
    }

    /** From a file name's extension; CSV when it has none that is known. */
    public static Format ofFile(String fileName) {
        String f = fileName.toLowerCase(Locale.ROOT);
        if (f.endsWith(".xlsx")) {
            return XLSX;
        }
        if (f.endsWith(".geojson")) {
            return GEOJSON;
        }
        if (f.endsWith(".json")) {
            return JSON;
        }
        return CSV;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
