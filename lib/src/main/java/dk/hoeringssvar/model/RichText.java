package dk.hoeringssvar.model;

import java.util.List;
import java.util.stream.Collectors;

/** Text with bold and italic runs, as a paragraph or list item holds it. */
public record RichText(List<TextRun> runs) {
    public RichText {
        runs = Checks.nonEmptyList(runs, "RichText.runs");
    }

    /** One plain run. */
    public static RichText plain(String text) {
        return new RichText(List.of(TextRun.plain(text)));
    }

    public static RichText of(TextRun... runs) {
        return new RichText(List.of(runs));
    }

    /** The text without styling. */
    public String plainText() {
        return runs.stream().map(TextRun::text).collect(Collectors.joining());
    }
}
