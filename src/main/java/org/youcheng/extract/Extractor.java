package org.youcheng.extract;

import java.util.Map;
import org.youcheng.extract.internal.ArticleReader;
import org.youcheng.registry.Gazetteer;
import org.youcheng.registry.PlaceResolver;

/**
 * Reads articles into ties and totals with their evidence. Built once over a gazetteer (a few hundred
 * milliseconds), then safe to use from many threads: each article is read on its own.
 */
public final class Extractor {

    private final ArticleReader reader;

    /**
     * @param gazetteer    every place and country name of the registry
     * @param countryNames Chinese name of each country by code, for a partner written without its country (旧金山市)
     */
    public Extractor(Gazetteer gazetteer, Map<String, String> countryNames) {
        this.reader = new ArticleReader(gazetteer, countryNames);
    }

    /** The resolver over the same gazetteer, for names a reviewer types. */
    PlaceResolver resolver() {
        return reader.resolver();
    }

    public ArticleFacts extract(String source, String text) {
        return reader.extract(source, text);
    }
}
