package dk.hoeringssvar.model;

/** A run of text in one style. {@code \n} inside the text is a line break. */
public record TextRun(String text, boolean bold, boolean italic) {
    public TextRun {
        text = Checks.text(text, "TextRun.text");
    }

    public static TextRun plain(String text) {
        return new TextRun(text, false, false);
    }

    public static TextRun bold(String text) {
        return new TextRun(text, true, false);
    }

    public static TextRun italic(String text) {
        return new TextRun(text, false, true);
    }
}
