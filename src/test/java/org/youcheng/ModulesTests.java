package org.youcheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features as Spring Modulith reads them: each top package under {@code org.youcheng} is a module whose top
 * package (and any package it marks {@code @NamedInterface}) is what it offers; its sub-packages are its own.
 * {@link ApplicationModules#verify()} fails on a cycle between modules or on a use of another module's insides.
 * The README's module picture is drawn from the same model ({@link #picture}), so it cannot go stale.
 */
class ModulesTests {

    static final ApplicationModules MODULES = ApplicationModules.of(YouchengApplication.class);
    static final Path PICTURE = Path.of("docs/modules.md");
    static final Path README = Path.of("README.md");
    static final String START = "<!-- modules: drawn by ModulesTests from the code; do not edit by hand -->";
    static final String END = "<!-- /modules -->";

    @Test
    void modulesUseOnlyWhatEachOtherOffersAndFormNoCycle() {
        MODULES.verify();
    }

    /**
     * The README shows the module picture between two markers, and docs/modules.md holds it too; the build draws it
     * again and fails when either differs (run it with {@code -Dyoucheng.write-docs=true} to write both).
     */
    @Test
    void theModulePictureIsTheModulesAsTheyAre() throws IOException {
        String drawn = picture();
        new Documenter(MODULES).writeModulesAsPlantUml(); // target/spring-modulith-docs, beside the picture
        String doc = "# Modules\n\nDrawn by `ModulesTests` from the code (Spring Modulith's model of it): an arrow is "
                + "a use.\n\n" + drawn;
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start)
                .as("README.md has the markers " + START + " and " + END)
                .isNotNegative();
        assertThat(end).isGreaterThan(start);
        String withPicture = readme.substring(0, start + START.length()) + "\n" + drawn + readme.substring(end);
        if (Boolean.getBoolean("youcheng.write-docs")) {
            Files.writeString(PICTURE, doc, StandardCharsets.UTF_8);
            Files.writeString(README, withPicture, StandardCharsets.UTF_8);
        }
        String stale = "stale: run the build with -Dyoucheng.write-docs=true and commit it";
        assertThat(Files.readString(PICTURE, StandardCharsets.UTF_8))
                .as("docs/modules.md is " + stale)
                .isEqualTo(doc);
        assertThat(Files.readString(README, StandardCharsets.UTF_8))
                .as("README.md's module picture is " + stale)
                .isEqualTo(withPicture);
    }

    /** A mermaid flowchart: a node per module, an arrow per module it uses. */
    static String picture() {
        StringBuilder b = new StringBuilder();
        b.append("```mermaid\nflowchart LR\n");
        List<ApplicationModule> all =
                MODULES.stream().sorted((x, y) -> name(x).compareTo(name(y))).toList();
        for (ApplicationModule m : all) {
            String uses = m.getDirectDependencies(MODULES)
                    .uniqueModules()
                    .map(ModulesTests::name)
                    .filter(n -> !n.equals(name(m)))
                    .sorted()
                    .collect(Collectors.joining(" & "));
            b.append("  ").append(name(m));
            if (!uses.isEmpty()) {
                b.append(" --> ").append(uses);
            }
            b.append('\n');
        }
        return b.append("```\n").toString();
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
