package dk.hoeringssvar.template;

import dk.hoeringssvar.publish.Notice;
import dk.hoeringssvar.publish.Redaction;
import dk.hoeringssvar.publish.RedactionLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the redaction log template ({@link TemplateNames#REDACTION_LOG}) sees: {@code log},
 * {@code labels}, {@code fn} and {@code documents}, the log grouped by document in order.
 */
public record RedactionLogTemplateData(RedactionLog log, Map<String, String> labels, TemplateFunctions fn,
                                       List<DocumentEntries> documents) {

    public RedactionLogTemplateData(RedactionLog log, Map<String, String> labels, TemplateFunctions fn) {
        this(log, labels, fn, group(log));
    }

    /** One document's removals and notices. */
    public record DocumentEntries(String document, List<Redaction> redactions, List<Notice> notices) {
    }

    private static List<DocumentEntries> group(RedactionLog log) {
        Map<String, List<Redaction>> redactions = new LinkedHashMap<>();
        Map<String, List<Notice>> notices = new LinkedHashMap<>();
        for (Redaction r : log.redactions()) {
            redactions.computeIfAbsent(r.document(), d -> new ArrayList<>()).add(r);
            notices.putIfAbsent(r.document(), new ArrayList<>());
        }
        for (Notice n : log.notices()) {
            redactions.putIfAbsent(n.document(), new ArrayList<>());
            notices.computeIfAbsent(n.document(), d -> new ArrayList<>()).add(n);
        }
        return redactions.keySet().stream()
                .map(d -> new DocumentEntries(d, List.copyOf(redactions.get(d)), List.copyOf(notices.get(d))))
                .toList();
    }
}
