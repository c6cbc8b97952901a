package dk.hoeringssvar.publish.internal;

import java.util.List;

/** Cleans a received PDF with {@link PdfRedactor}: the found text is taken out of the page content itself. */
final class PdfCleaner implements FileCleaner {

    private final String mark;

    PdfCleaner(String mark) {
        this.mark = mark;
    }

    @Override
    public Result clean(byte[] content, TextFinder finder) {
        PdfRedactor redactor = new PdfRedactor(text -> finder.find(text).stream()
                .map(s -> new PdfRedactor.Match(s.start(), s.end(), s.rule())).toList(), mark);
        return switch (redactor.redact(content)) {
            case PdfRedactor.Outcome.Cleaned c -> new Result.Cleaned(c.pdf(),
                    c.removals().stream().map(r -> new Removal(r.page(), r.rule(), r.text())).toList(), false);
            case PdfRedactor.Outcome.Unsafe u -> new Result.Unsafe(u.why());
        };
    }
}
