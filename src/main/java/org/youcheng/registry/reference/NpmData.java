package org.youcheng.registry.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.youcheng.common.Tsv;

/** A JSON file of a reference data package that the build fetched from npm (refdata/package.json, pom.xml). */
final class NpmData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NpmData() {}

    /** The file of the package, e.g. {@code read("us-atlas/counties-10m.json")}. */
    static JsonNode read(String file) {
        try (InputStream in = Tsv.open("refdata/npm/" + file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text file of the package, whole, e.g. {@code text("iso-3166-2/iso3166.min.js")}. */
    static String text(String file) {
        try (InputStream in = Tsv.open("refdata/npm/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
