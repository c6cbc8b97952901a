package dk.hoeringssvar.document;

/** What a paragraph is for; each renderer maps a role to the same look via the style sheet. */
public enum ParagraphRole {
    /** Ordinary body text. */
    BODY,
    /** A line of the sender's letterhead (organisation, department, unit). */
    LETTERHEAD,
    /** The recipient line, "Til Beskæftigelsesudvalget". */
    RECIPIENT,
    /** The date line, set flush right. */
    DATE,
    /** The reference line under the title: proposal, case number, deadline. */
    REFERENCE,
    /** Small print, such as an annex introduction or a remark. */
    NOTE
}
