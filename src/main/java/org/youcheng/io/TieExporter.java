package org.youcheng.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.youcheng.io.csv.CsvTieWriter;
import org.youcheng.io.json.GeoJsonTieWriter;
import org.youcheng.io.json.JsonTieWriter;
import org.youcheng.io.xlsx.XlsxTieWriter;
import org.youcheng.registry.Countries;
import org.youcheng.registry.Country;
import org.youcheng.registry.Places;
import org.youcheng.registry.Ties;

/** Writes ties (all, or those of a place and the places under it) as CSV, xlsx, JSON or GeoJSON. */
@Service
public class TieExporter {

    private final Ties ties;
    private final Places places;
    private final Countries countries;

    TieExporter(Ties ties, Places places, Countries countries) {
        this.ties = ties;
        this.places = places;
        this.countries = countries;
    }

    /** Returns the number of ties written. */
    public long export(Format format, Long placeId, OutputStream out) throws IOException {
        List<Long> scope = placeId == null ? null : places.subtree(placeId);
        Map<String, Country> all = countries.all();
        long[] count = {0};
        try (TieSink sink = sink(format, out)) {
            ties.export(scope, (view, parentName) -> {
                String domestic = view.domestic().name(true);
                if (parentName != null && view.domestic().level().tier() >= 3) {
                    domestic = parentName + domestic;
                }
                sink.write(new ExportRow(view, domestic, all.get(view.partner().countryCode())));
                count[0]++;
            });
        }
        return count[0];
    }

    private static TieSink sink(Format format, OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> new CsvTieWriter(out);
            case XLSX -> new XlsxTieWriter(out);
            case JSON -> new JsonTieWriter(out);
            case GEOJSON -> new GeoJsonTieWriter(out);
        };
    }
}
