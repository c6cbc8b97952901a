package dk.hoeringssvar.document;

import java.util.List;
import java.util.Objects;

/**
 * Metadata of a document: written to PDF info/XMP, DOCX core properties and HTML head.
 * {@code language} is a BCP 47 tag such as {@code da-DK}.
 */
public record DocumentInfo(String title, String author, String subject, List<String> keywords, String language) {
    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(language, "language");
        keywords = List.copyOf(keywords);
    }
}
