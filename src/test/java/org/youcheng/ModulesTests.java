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

    @Test
    void modulesUseOnlyWhatEachOtherOffersAndFormNoCycle() {
        MODULES.verify();
    }

    /**
     * docs/modules.md holds the module picture the README shows; the build draws it again and fails when the file
     * differs (run with {@code -Dyoucheng.write-docs=true} to write it).
     */
    @Test
    void theModulePictureIsTheModulesAsTheyAre() throws IOException {
        String drawn = picture();
        new Documenter(MODULES).writeModulesAsPlantUml();   // target/spring-modulith-docs, beside the picture
        if (Boolean.getBoolean("youcheng.write-docs") || !Files.exists(PICTURE)) {
            Files.writeString(PICTURE, drawn, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PICTURE, StandardCharsets.UTF_8))
                .as("docs/modules.md is stale: run the build with -Dyoucheng.write-docs=true and commit it")
                .isEqualTo(drawn);
    }

    /** A mermaid flowchart: a node per module, an arrow per module it uses. */
    static String picture() {
        StringBuilder b = new StringBuilder();
        b.append("# Modules\n\n")
                .append("Drawn by `ModulesTests` from the code (Spring Modulith's model of it): an arrow is a use.\n\n")
                .append("```mermaid\nflowchart LR\n");
        List<ApplicationModule> all = MODULES.stream()
                .sorted((x, y) -> x.getName().compareTo(y.getName())).toList();
        for (ApplicationModule m : all) {
            String uses = m.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName)
                    .filter(n -> !n.equals(m.getName())).sorted().collect(Collectors.joining(" & "));
            b.append("  ").append(m.getName());
            if (!uses.isEmpty()) {
                b.append(" --> ").append(uses);
            }
            b.append('\n');
        }
        return b.append("```\n").toString();
    }
}
