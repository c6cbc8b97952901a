package dk.hoeringssvar.publish.internal;

import dk.hoeringssvar.model.RichText;
import dk.hoeringssvar.model.TextRun;
import java.util.ArrayList;
import java.util.List;

/** Applies a finder to strings and rich text: each found span becomes the mark, and is logged. */
final class TextRedaction {

    private final String mark;
    private final LogCollector log;

    TextRedaction(String mark, LogCollector log) {
        this.mark = mark;
        this.log = log;
    }

    /** {@code text} with every span the finder finds replaced by the mark; null stays null. */
    String text(TextFinder finder, String text, String field) {
        if (text == null) {
            return null;
        }
        List<Span> spans = finder.find(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Span span : spans) {
            out.append(text, at, span.start()).append(mark);
            log.removed(field, span.rule(), text.substring(span.start(), span.end()));
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    List<String> lines(TextFinder finder, List<String> lines, String field) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(text(finder, lines.get(i), field + "[" + i + "]"));
        }
        return out;
    }

    /**
     * Rich text redacted over its whole text, so that a number split across a bold and a plain run is
     * still found; the mark takes the style of the run where the removed text began.
     */
    RichText rich(TextFinder finder, RichText text, String field) {
        if (text == null) {
            return null;
        }
        String plain = text.plainText();
        List<Span> spans = finder.find(plain);
        if (spans.isEmpty()) {
            return text;
        }
        for (Span span : spans) {
            log.removed(field, span.rule(), plain.substring(span.start(), span.end()));
        }
        List<String> cut = Span.cut(text.runs().stream().map(TextRun::text).toList(), spans, mark);
        List<TextRun> runs = new ArrayList<>();
        for (int i = 0; i < cut.size(); i++) {
            TextRun run = text.runs().get(i);
            if (!cut.get(i).isEmpty()) {
                runs.add(new TextRun(cut.get(i), run.bold(), run.italic()));
            }
        }
        return new RichText(runs);
    }

    List<RichText> richList(TextFinder finder, List<RichText> items, String field) {
        List<RichText> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(rich(finder, items.get(i), field + "[" + i + "]"));
        }
        return out;
    }
}
