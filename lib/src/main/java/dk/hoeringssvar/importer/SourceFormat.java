package dk.hoeringssvar.importer;

/** What kind of file a statement was imported from, told by its content rather than its name. */
public enum SourceFormat {
    /** Plain text (UTF-8; Windows-1252 is accepted and reported). */
    TEXT,
    /** A Word document (Office Open XML). */
    DOCX,
    /** A PDF, read by text extraction. */
    PDF
}
