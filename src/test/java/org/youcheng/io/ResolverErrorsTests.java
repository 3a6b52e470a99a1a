package org.youcheng.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youcheng.registry.PlaceResolver;
import org.youcheng.registry.Places;
import org.youcheng.support.OnH2;

/**
 * Every error the resolver gives an import has a code, so that the report says it in the reader's language: asked
 * of the resolver over the reference data, so a reworded error fails here rather than turning English on a page.
 */
@OnH2
class ResolverErrorsTests {

    @Autowired
    Places places;

    @Test
    void theResolversErrorsAreKnownByTheirCodes() {
        PlaceResolver resolver = new PlaceResolver(places.gazetteer());
        assertThat(ResolverErrors.code(resolver.domestic("没有这个地方市").error())).isEqualTo("unknown_chinese_place");
        assertThat(ResolverErrors.code(resolver.domestic("鼓楼区").error())).isEqualTo("ambiguous_place");
        assertThat(ResolverErrors.code(resolver.domestic(" ").error())).isEqualTo("required");
        assertThat(ResolverErrors.code(resolver.partner("大阪市", "没有这个国家").error()))
                .isEqualTo("unknown_country");
        assertThat(ResolverErrors.code(resolver.partner("没有这个地方", null).error()))
                .isEqualTo("partner_needs_country");
        assertThat(ResolverErrors.code(resolver.partner("", "日本").error())).isEqualTo("required");
        assertThat(ResolverErrors.code("something else went wrong")).isNull();
    }
}
