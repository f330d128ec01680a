package dev.workbench.app.charts;

import dev.workbench.lessons.engine.Palette;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CLI's race images and the app's light theme draw series in the same colours. */
class PaletteTest {

    @Test
    void theLightThemeUsesTheSharedPalette() throws IOException {
        String css;
        try (InputStream in = PaletteTest.class.getResourceAsStream("/dev/workbench/app/css/theme-light.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> themed = new ArrayList<>();
        Matcher matcher = Pattern.compile("-wb-chart-(\\d):\\s*(#[0-9a-fA-F]{6})").matcher(css);
        while (matcher.find()) {
            themed.add(matcher.group(2).toLowerCase(java.util.Locale.ROOT));
        }
        assertEquals(Palette.LIGHT, themed);
    }
}
