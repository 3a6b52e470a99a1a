package org.youcheng.ledger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;

/**
 * An activity's content in JSON as the API has always given it, whatever its type: flat, the type, the sides and
 * then every field of {@link ActivityField} by its code in that order, null where the type has no such field. Each
 * value goes through the mapper's own serializers (terms, dates, amounts), so the API and the audit trail each
 * write it their way. Unwrapped into {@link Activity}.
 */
final class ActivityDraftJson extends StdSerializer<ActivityDraft> {

    private final boolean unwrapping;

    ActivityDraftJson() {
        this(false);
    }

    private ActivityDraftJson(boolean unwrapping) {
        super(ActivityDraft.class);
        this.unwrapping = unwrapping;
    }

    @Override
    public void serialize(ActivityDraft d, JsonGenerator out, SerializerProvider provider) throws IOException {
        if (!unwrapping) {
            out.writeStartObject();
        }
        provider.defaultSerializeField("type", d.type(), out);
        provider.defaultSerializeField("place_id", d.placeId(), out);
        provider.defaultSerializeField("tie_id", d.tieId(), out);
        provider.defaultSerializeField("partners", d.partners(), out);
        for (ActivityField f : ActivityField.values()) {
            provider.defaultSerializeField(f.code(), d.value(f), out);
        }
        if (!unwrapping) {
            out.writeEndObject();
        }
    }

    @Override
    public boolean isUnwrappingSerializer() {
        return unwrapping;
    }

    @Override
    public JsonSerializer<ActivityDraft> unwrappingSerializer(NameTransformer unwrapper) {
        return new ActivityDraftJson(true);
    }
}
