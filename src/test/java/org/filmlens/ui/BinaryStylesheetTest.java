package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's stylesheet ships with its binary form beside it, which JavaFX loads in place of the text; the two
 * must say the same, or the window would show an older style than the .css reads.
 */
class BinaryStylesheetTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/filmlens/ui");
    /** Border styles that a .bss gives back drawn solid (see filmlens-text-only.css). */
    private static final Pattern NAMED_DASHES = Pattern.compile("-fx-border-style\\s*:[^;]*\\b(dashed|dotted)\\b");

    @TempDir
    Path tmp;

    @Test
    void binaryStylesheetIsTheTextCompiled() throws IOException {
        Path compiled = tmp.resolve("filmlens.bss");
        Stylesheet.convertToBinary(RESOURCES.resolve("filmlens.css").toFile(), compiled.toFile());
        assertArrayEquals(Files.readAllBytes(compiled), Files.readAllBytes(RESOURCES.resolve("filmlens.bss")),
                "filmlens.bss is out of date; from the repository's root, make it again with: java -cp "
                        + "\"$(ls target/lib/*.jar | tr '\\n' :)\" com.sun.javafx.css.parser.Css2Bin "
                        + RESOURCES.resolve("filmlens.css") + " " + RESOURCES.resolve("filmlens.bss"));
    }

    @Test
    void dashedBordersStayInTheTextOnlySheet() throws IOException {
        String css = Files.readString(RESOURCES.resolve("filmlens.css"));
        assertFalse(NAMED_DASHES.matcher(css).find(),
                "a dashed or dotted border in filmlens.css would be drawn solid: put it in filmlens-text-only.css");
    }
}
