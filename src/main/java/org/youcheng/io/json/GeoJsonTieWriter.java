package org.youcheng.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.youcheng.io.ExportRow;
import org.youcheng.io.TieSink;
import org.youcheng.registry.Place;

/**
 * Writes ties as a GeoJSON FeatureCollection (RFC 7946): a LineString from the domestic place to the partner
 * where both have coordinates, a null geometry where either lacks them.
 */
public final class GeoJsonTieWriter implements TieSink {

    private final JsonGenerator g;

    public GeoJsonTieWriter(OutputStream out) throws IOException {
        g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
    }

    @Override
    public void write(ExportRow r) throws IOException {
        Place d = r.view().domestic();
        Place p = r.view().partner();
        var t = r.view().tie();
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeNumberField("id", t.id());
        g.writeFieldName("geometry");
        if (d.lat() != null && d.lng() != null && p.lat() != null && p.lng() != null) {
            g.writeStartObject();
            g.writeStringField("type", "LineString");
            g.writeArrayFieldStart("coordinates");
            point(d);
            point(p);
            g.writeEndArray();
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("kind", t.kind().code());
        g.writeStringField("signed", t.signed() == null ? null : t.signed().toString());
        g.writeStringField("status", t.status().code());
        g.writeStringField("domestic", d.name(true));
        g.writeStringField("domestic_code", d.code());
        g.writeStringField("partner", p.name(true));
        g.writeStringField("partner_en", p.name(false));
        g.writeStringField("partner_code", p.code());
        g.writeStringField("partner_country", p.countryCode());
        g.writeEndObject();
        g.writeEndObject();
    }

    private void point(Place p) throws IOException {
        g.writeStartArray();
        g.writeNumber(p.lng());
        g.writeNumber(p.lat());
        g.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        g.close();
    }
}
