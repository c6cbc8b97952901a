package dk.hoeringssvar.publish.internal;

import dk.hoeringssvar.publish.Notice;
import dk.hoeringssvar.publish.Redaction;
import dk.hoeringssvar.publish.RedactionLog;
import java.util.ArrayList;
import java.util.List;

/** Gathers the removals and notices of one publication copy. Not thread-safe: one per copy. */
final class LogCollector {

    private final List<Redaction> redactions = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private String document = "";

    void document(String name) {
        this.document = name;
    }

    String document() {
        return document;
    }

    void removed(String field, String rule, String text) {
        redactions.add(new Redaction(document, field, rule, text));
    }

    void notice(String field, String message) {
        notices.add(new Notice(document, field, message));
    }

    RedactionLog log(String title) {
        return new RedactionLog(title, redactions, notices);
    }
}
