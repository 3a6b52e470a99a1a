package org.youcheng.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class FieldErrorTests {

    private final StaticMessageSource messages = new StaticMessageSource();

    FieldErrorTests() {
        messages.addMessage("error.required", Locale.CHINESE, "必填");
        messages.addMessage("error.unknown_place", Locale.CHINESE, "找不到地方 {0}");
        messages.addMessage("error.invalid", Locale.CHINESE, "无效");
    }

    @Test
    void aCodeWithASentenceInTheBundlesGivesThatSentenceWithTheValue() {
        var error = new FieldError("partner", "托莱多", "unknown place", "unknown_place");
        assertThat(error.sentence(messages, Locale.CHINESE)).isEqualTo("找不到地方 托莱多");
        assertThat(error.sentenceOrInvalid(messages, Locale.CHINESE)).isEqualTo("找不到地方 托莱多");
    }

    @Test
    void noCodeOrAnUnknownOneGivesNoSentenceButAPageStillSaysTheValueIsInvalid() {
        var none = new FieldError("kind", null, "bad kind");
        var unknown = new FieldError("kind", "x", "bad kind", "no_such_code");
        assertThat(none.sentence(messages, Locale.CHINESE)).isNull();
        assertThat(unknown.sentence(messages, Locale.CHINESE)).isNull();
        assertThat(none.sentenceOrInvalid(messages, Locale.CHINESE)).isEqualTo("无效");
        assertThat(unknown.sentenceOrInvalid(messages, Locale.CHINESE)).isEqualTo("无效");
    }

    @Test
    void aMissingValueIsAnEmptyArgument() {
        var error = new FieldError("partner", null, "unknown place", "unknown_place");
        assertThat(error.sentence(messages, Locale.CHINESE)).isEqualTo("找不到地方 ");
    }
}
