package org.youcheng.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.youcheng.io.ExportRow;
import org.youcheng.io.TieSink;
import org.youcheng.registry.Place;

/** Writes ties as a JSON array, each with both places in full; streams. */
public final class JsonTieWriter implements TieSink {

    private final JsonGenerator g;

    public JsonTieWriter(OutputStream out) throws IOException {
        g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
    }

    @Override
    public void write(ExportRow r) throws IOException {
        var t = r.view().tie();
        g.writeStartObject();
        g.writeNumberField("id", t.id());
        g.writeStringField("kind", t.kind().code());
        g.writeStringField("signed", t.signed() == null ? null : t.signed().toString());
        g.writeStringField("status", t.status().code());
        g.writeStringField("ended_on", t.endedOn() == null ? null : t.endedOn().toString());
        g.writeStringField("source", t.source());
        g.writeStringField("note", t.note());
        g.writeFieldName("domestic");
        place(g, r.view().domestic(), "中国");
        g.writeFieldName("partner");
        place(g, r.view().partner(), r.countryName());
        g.writeEndObject();
    }

    static void place(JsonGenerator g, Place p, String countryName) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", p.code());
        g.writeStringField("name_zh", p.nameZh());
        g.writeStringField("name_en", p.name(false));
        g.writeStringField("level", p.level().code());
        g.writeStringField("country", p.countryCode());
        g.writeStringField("country_name", countryName);
        if (p.lat() != null && p.lng() != null) {
            g.writeNumberField("lat", p.lat());
            g.writeNumberField("lng", p.lng());
        }
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.flush();
        g.close();
    }
}
