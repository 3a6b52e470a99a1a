package org.youcheng.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.youcheng.registry.Continent;
import org.youcheng.registry.Level;
import org.youcheng.registry.TieKind;

class VocabularyTests {

    @Test
    void everyCodedTermHasBothNamesAndTheTableNamesNothingElse() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CodedTerm.class));
        Set<String> types = new TreeSet<>();
        int constants = 0;
        for (var bean : scanner.findCandidateComponents("org.youcheng")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            if (!type.isEnum()) {
                continue;
            }
            types.add(type.getSimpleName());
            for (Object c : type.getEnumConstants()) {
                CodedTerm term = (CodedTerm) c;
                assertThat(term.zh())
                        .as(type.getSimpleName() + " " + term.code())
                        .isNotBlank();
                assertThat(term.en())
                        .as(type.getSimpleName() + " " + term.code())
                        .isNotBlank();
                constants++;
            }
        }
        assertThat(types).contains("TieKind", "Level", "Continent", "Region", "Dimension");
        assertThat(Vocabulary.rows().keySet()).isEqualTo(types);
        assertThat(Vocabulary.rows().values().stream().mapToInt(Map::size).sum())
                .isEqualTo(constants);
    }

    @Test
    void namesAreTheTablesOwn() {
        assertThat(TieKind.SISTER.zh()).isEqualTo("友好城市");
        assertThat(TieKind.UNVERIFIED.en()).isEqualTo("tie (unverified)");
        assertThat(Level.PREFECTURE.label(true)).isEqualTo("地级市");
        assertThat(Continent.NORTH_AMERICA.label(false)).isEqualTo("North America");
    }

    @Test
    void aConstantWithoutARowOrARowWithoutAConstantIsAnError() {
        Map<String, String[]> rows = new HashMap<>();
        for (Continent c : Continent.values()) {
            rows.put(c.code(), new String[] {c.zh(), c.en()});
        }
        assertThat(Vocabulary.namesOf(Continent.class, rows).length).isEqualTo(Continent.values().length);

        Map<String, String[]> missing = new HashMap<>(rows);
        missing.remove("oceania");
        assertThatThrownBy(() -> Vocabulary.namesOf(Continent.class, missing))
                .hasMessageContaining("Continent oceania");

        Map<String, String[]> stray = new HashMap<>(rows);
        stray.put("atlantis", new String[] {"亚特兰蒂斯", "Atlantis"});
        assertThatThrownBy(() -> Vocabulary.namesOf(Continent.class, stray)).hasMessageContaining("names 8");
    }
}
