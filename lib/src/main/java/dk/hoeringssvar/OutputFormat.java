package dk.hoeringssvar;

import java.util.Locale;
import java.util.Optional;

/** The formats the library writes. */
public enum OutputFormat {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    HTML("html", "text/html; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    OutputFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a file name's extension names, if any ({@code .pdf}, {@code .docx}, {@code .html}/{@code .htm}). */
    public static Optional<OutputFormat> fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return lower.endsWith(".htm") ? Optional.of(HTML) : Optional.empty();
    }
}
