package org.youcheng.web.map;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.youcheng.analytics.WorldMap;

/**
 * Serves the world map (GeoJSON) the pages' charts draw on, as a script that sets {@code window.youchengWorld}: a
 * deferred script is there, parsed, when the page's own script starts, so the map is drawn first instead of after
 * every other chart (a fetch would resolve only once the main thread is free). It is made once, at start, from the
 * bundled TopoJSON; pages ask for it under a name that carries a hash of its content ({@link #path()}), so browsers
 * may keep it for a year. No tile server: the map works offline.
 */
@Controller
public class WorldMapController {

    static final String PREFIX = "/maps/world-";
    static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    private final byte[] geoJson;
    private final byte[] gzipped;
    private final String path;

    WorldMapController() {
        byte[] json = WorldMap.geoJson();
        byte[] head = "window.youchengWorld=".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.geoJson = new byte[head.length + json.length + 1];
        System.arraycopy(head, 0, geoJson, 0, head.length);
        System.arraycopy(json, 0, geoJson, head.length, json.length);
        geoJson[geoJson.length - 1] = ';';
        this.path = PREFIX + DigestUtils.md5DigestAsHex(geoJson).substring(0, 12) + ".js";
        this.gzipped = gzip(geoJson);
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new java.io.ByteArrayOutputStream(bytes.length / 3);
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Where pages fetch the map from. */
    public String path() {
        return path;
    }

    /** Compressed once at start, sent as it is to browsers that accept gzip. */
    @GetMapping(PREFIX + "{hash}.js")
    ResponseEntity<byte[]> world(@RequestHeader(name = "Accept-Encoding", required = false) String accept) {
        boolean gzip = accept != null && accept.contains("gzip");
        var answer = ResponseEntity.ok()
                .contentType(JAVASCRIPT)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .varyBy("Accept-Encoding");
        return gzip ? answer.header("Content-Encoding", "gzip").body(gzipped) : answer.body(geoJson);
    }
}
