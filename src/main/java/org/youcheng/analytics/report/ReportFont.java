package org.youcheng.analytics.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.youcheng.common.YouchengProperties;

/**
 * The TrueType font with Chinese characters that PDF reports embed and their charts are drawn in
 * ({@code youcheng.report.font}). Read when first needed, so a server without it still serves everything else.
 */
@Component
class ReportFont {

    private final Path file;
    private final Path latin;
    private volatile Font font;

    ReportFont(YouchengProperties properties) {
        this.file = Path.of(properties.report().font());
        this.latin = Path.of(properties.report().latinFont());
    }

    /** The font for Latin letters with accents, tried first; empty when it is not installed (accents then drop). */
    java.util.Optional<Path> latin() {
        return Files.isReadable(latin) ? java.util.Optional.of(latin) : java.util.Optional.empty();
    }

    Path file() {
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("the report font " + file + " is missing: install Debian's "
                    + "fonts-droid-fallback or set youcheng.report.font to a TrueType font with Chinese characters");
        }
        return file;
    }

    Font awt(float size) {
        Font f = font;
        if (f == null) {
            try {
                font = f = Font.createFont(Font.TRUETYPE_FONT, file().toFile());
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("cannot read the report font " + file + ": " + e.getMessage(), e);
            }
        }
        return f.deriveFont(size);
    }
}
