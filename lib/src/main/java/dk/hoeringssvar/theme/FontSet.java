package dk.hoeringssvar.theme;

import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.model.InvalidModelException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The four faces of one TrueType font family. PDF output embeds them; DOCX names
 * {@link #officeFamily()} (a metric-compatible name Word has everywhere) and HTML lists both names.
 *
 * @param family       the family name, for example {@code Liberation Sans}
 * @param officeFamily the family DOCX asks for, for example {@code Arial}
 */
public record FontSet(String family, String officeFamily, byte[] regular, byte[] bold, byte[] italic,
                      byte[] boldItalic) {

    public FontSet {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(officeFamily, "officeFamily");
        regular = copy(regular, "regular");
        bold = copy(bold, "bold");
        italic = copy(italic, "italic");
        boldItalic = copy(boldItalic, "boldItalic");
    }

    /** Liberation Sans (SIL Open Font Licence), metric-compatible with Arial; the default. */
    public static FontSet liberationSans() {
        return bundled("Liberation Sans", "Arial", "LiberationSans");
    }

    /** Liberation Serif (SIL Open Font Licence), metric-compatible with Times New Roman. */
    public static FontSet liberationSerif() {
        return bundled("Liberation Serif", "Times New Roman", "LiberationSerif");
    }

    /** A family from four TTF files. */
    public static FontSet fromFiles(String family, String officeFamily, Path regular, Path bold, Path italic,
                                    Path boldItalic) {
        return new FontSet(family, officeFamily, readFile(regular), readFile(bold), readFile(italic),
                readFile(boldItalic));
    }

    /** The font bytes for a face. */
    public byte[] face(boolean isBold, boolean isItalic) {
        byte[] b = isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
        return b.clone();
    }

    private static FontSet bundled(String family, String office, String fileStem) {
        return new FontSet(family, office,
                resource(fileStem + "-Regular.ttf"), resource(fileStem + "-Bold.ttf"),
                resource(fileStem + "-Italic.ttf"), resource(fileStem + "-BoldItalic.ttf"));
    }

    private static byte[] resource(String name) {
        try (InputStream in = FontSet.class.getResourceAsStream("/liberation/" + name)) {
            if (in == null) {
                throw new HoeringssvarException("font resource /liberation/" + name
                        + " is missing (is openpdf-fonts-extra on the classpath?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new HoeringssvarException("cannot read font resource " + name, e);
        }
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidModelException(String.valueOf(file), "cannot read font file (" + e.getMessage() + ")");
        }
    }

    private static byte[] copy(byte[] bytes, String field) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidModelException("FontSet." + field, "font bytes are missing");
        }
        return bytes.clone();
    }

    @Override
    public byte[] regular() {
        return regular.clone();
    }

    @Override
    public byte[] bold() {
        return bold.clone();
    }

    @Override
    public byte[] italic() {
        return italic.clone();
    }

    @Override
    public byte[] boldItalic() {
        return boldItalic.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FontSet f && family.equals(f.family) && officeFamily.equals(f.officeFamily)
                && Arrays.equals(regular, f.regular) && Arrays.equals(bold, f.bold)
                && Arrays.equals(italic, f.italic) && Arrays.equals(boldItalic, f.boldItalic);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, officeFamily, regular.length, bold.length);
    }

    @Override
    public String toString() {
        return "FontSet[" + family + "]";
    }
}
