package dk.hoeringssvar.template;

import dk.hoeringssvar.bundle.AnnexBundle;
import java.util.List;
import java.util.Map;

/**
 * What the bundle template ({@link TemplateNames#BUNDLE}, the cover and contents of an annex bundle)
 * sees: {@code bundle}, {@code labels}, {@code fn}, {@code bySender} (one row per kind of sender that
 * answered, in a fixed order) and {@code total}.
 */
public record BundleTemplateData(AnnexBundle bundle, Map<String, String> labels, TemplateFunctions fn,
                                 List<SenderCount> bySender, int total) {

    /** How many statements came from one kind of sender, with the kind's label. */
    public record SenderCount(String label, int count) {
    }
}
