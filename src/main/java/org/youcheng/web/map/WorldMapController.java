package org.youcheng.web.map;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;

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
    private final String path;

    WorldMapController() {
        byte[] json = WorldMap.geoJson();
        byte[] head = "window.youchengWorld=".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.geoJson = new byte[head.length + json.length + 1];
        System.arraycopy(head, 0, geoJson, 0, head.length);
        System.arraycopy(json, 0, geoJson, head.length, json.length);
        geoJson[geoJson.length - 1] = ';';
        this.path = PREFIX + DigestUtils.md5DigestAsHex(geoJson).substring(0, 12) + ".js";
    }

    /** Where pages fetch the map from. */
    public String path() {
        return path;
    }

    @GetMapping(PREFIX + "{hash}.js")
    ResponseEntity<byte[]> world() {
        return ResponseEntity.ok()
                .contentType(JAVASCRIPT)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(geoJson);   // no strong ETag: Tomcat would not compress the answer then
    }
}
