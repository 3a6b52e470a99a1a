package org.youcheng.api;

import java.util.List;

/** The hits for a search text, best first. */
record PlaceSearchJson(String q, int limit, List<PlaceHitJson> hits) {}
