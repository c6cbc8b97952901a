package dk.hoeringssvar.theme;

import dk.hoeringssvar.model.InvalidModelException;
import java.util.Locale;

/** An sRGB colour. */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        check("red", red);
        check("green", green);
        check("blue", blue);
    }

    /** Parses {@code #RRGGBB}. */
    public static Rgb hex(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new InvalidModelException("Rgb", "expected #RRGGBB, got " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    /** {@code RRGGBB} without the hash, as DOCX wants it. */
    public String toHexDigits() {
        return String.format(Locale.ROOT, "%02X%02X%02X", red, green, blue);
    }

    /** {@code #RRGGBB}, as CSS wants it. */
    public String toCss() {
        return "#" + toHexDigits();
    }

    private static void check(String name, int v) {
        if (v < 0 || v > 255) {
            throw new InvalidModelException("Rgb." + name, "must be 0-255, was " + v);
        }
    }
}
