package org.youcheng.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientLanguageTests {

    @Test
    void acceptLanguagePicksWhicheverOfTheTwoItRanksFirst() {
        assertThat(ClientLanguage.ofAcceptLanguage("zh")).isEqualTo(ClientLanguage.CHINESE);
        assertThat(ClientLanguage.ofAcceptLanguage("zh-TW,en;q=0.5")).isEqualTo(ClientLanguage.CHINESE);
        assertThat(ClientLanguage.ofAcceptLanguage("fr-FR,zh-CN;q=0.8,en;q=0.5"))
                .isEqualTo(ClientLanguage.CHINESE);
        assertThat(ClientLanguage.ofAcceptLanguage("en;q=0.9,zh;q=0.8")).isEqualTo(ClientLanguage.ENGLISH);
        assertThat(ClientLanguage.ofAcceptLanguage("en;q=0.1,zh;q=0.8")).isEqualTo(ClientLanguage.CHINESE);
        assertThat(ClientLanguage.ofAcceptLanguage("zh;q=0,en")).isEqualTo(ClientLanguage.ENGLISH);
        assertThat(ClientLanguage.ofAcceptLanguage("de")).isEqualTo(ClientLanguage.ENGLISH);
        assertThat(ClientLanguage.ofAcceptLanguage(null)).isEqualTo(ClientLanguage.ENGLISH);
        assertThat(ClientLanguage.ofAcceptLanguage(";;;q=x")).isEqualTo(ClientLanguage.ENGLISH);
    }

    @Test
    void theEnvironmentsLocaleVariablesInPosixOrder() {
        assertThat(ClientLanguage.ofEnvironment(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(ClientLanguage.CHINESE);
        assertThat(ClientLanguage.ofEnvironment(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "zh_TW.UTF-8")))
                .isEqualTo(ClientLanguage.CHINESE);
        assertThat(ClientLanguage.ofEnvironment(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "C.UTF-8")))
                .isEqualTo(ClientLanguage.ENGLISH);
        assertThat(ClientLanguage.ofEnvironment(Map.of("LANG", "zh_CN.UTF-8", "LC_MESSAGES", "en_GB")))
                .isEqualTo(ClientLanguage.ENGLISH);
        assertThat(ClientLanguage.ofEnvironment(Map.of("LC_ALL", "", "LANG", "zh_CN")))
                .isEqualTo(ClientLanguage.CHINESE);
        assertThat(ClientLanguage.ofEnvironment(Map.of())).isEqualTo(ClientLanguage.ENGLISH);
        // the launcher runs the JVM in C.UTF-8 (so that arguments decode) and passes the user's choice beside it
        assertThat(ClientLanguage.ofEnvironment(Map.of("YOUCHENG_LANG", "zh_CN.UTF-8", "LC_ALL", "C.UTF-8")))
                .isEqualTo(ClientLanguage.CHINESE);
    }
}
