package org.youcheng.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.context.ApplicationContext;

/** What a subcommand's {@code --json} prints: the application's own JSON, as the API writes it, indented. */
final class JsonOut {

    private JsonOut() {}

    static String of(ApplicationContext ctx, Object value) throws JsonProcessingException {
        return ctx.getBean(ObjectMapper.class)
                .writer(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(value);
    }
}
