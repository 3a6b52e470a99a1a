package org.youcheng.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/** Calls the ledger's API for tests, and writes workbooks to import. */
final class LedgerApi {

    private final MockMvc mvc;
    private final ObjectMapper json;

    LedgerApi(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    JsonNode create(Map<String, Object> body, int status) throws Exception {
        return call(
                post("/api/v1/activities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)),
                status);
    }

    JsonNode importFile(String name, byte[] content, boolean dryRun, int status) throws Exception {
        return call(
                multipart("/api/v1/activities/imports")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .param("dry_run", String.valueOf(dryRun)),
                status);
    }

    byte[] download(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        if (result.getRequest().isAsyncStarted()) { // a streamed body is written on an async dispatch
            result = mvc.perform(
                            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
                    .andReturn();
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

    JsonNode call(RequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus())
                .as("status; body: %s", body)
                .isEqualTo(status);
        return body.isEmpty() ? null : json.readTree(body);
    }

    /** A sheet to write: its name, header and rows. */
    record Sheet(String name, List<String> header, List<List<Object>> rows) {}

    static byte[] workbook(Sheet... sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        for (Sheet s : sheets) {
            Worksheet ws = wb.newWorksheet(s.name());
            for (int c = 0; c < s.header().size(); c++) {
                ws.value(0, c, s.header().get(c));
            }
            for (int r = 0; r < s.rows().size(); r++) {
                List<Object> row = s.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
                    }
                }
            }
            ws.finish();
        }
        wb.finish();
        return out.toByteArray();
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }
}
