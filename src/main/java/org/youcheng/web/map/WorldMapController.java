package org.youcheng.web.map;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the world map (GeoJSON) the pages' charts draw on. It is made once, at start, from the bundled TopoJSON;
 * pages ask for it under a name that carries a hash of its content ({@link #path()}), so browsers may keep it
 * for a year. No tile server: the map works offline.
 */
@Controller
public class WorldMapController {

    static final String PREFIX = "/maps/world-";

    private final byte[] geoJson;
    private final String path;

    WorldMapController() {
        this.geoJson = WorldMap.geoJson();
        this.path = PREFIX + DigestUtils.md5DigestAsHex(geoJson).substring(0, 12) + ".json";
    }

    /** Where pages fetch the map from. */
    public String path() {
        return path;
    }

    @GetMapping(PREFIX + "{hash}.json")
    ResponseEntity<byte[]> world() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(geoJson);   // no strong ETag: Tomcat would not compress the answer then
    }
}
