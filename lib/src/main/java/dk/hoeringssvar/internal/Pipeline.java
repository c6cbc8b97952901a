package dk.hoeringssvar.internal;

import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.i18n.Labels;
import dk.hoeringssvar.markup.MarkupParser;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.template.TemplateData;
import dk.hoeringssvar.template.TemplateFunctions;
import dk.hoeringssvar.template.internal.FreemarkerTemplates;
import dk.hoeringssvar.theme.Theme;
import java.util.Objects;

/**
 * The template half of the pipeline: data → template → markup → document tree. Immutable and
 * thread-safe; shared by the engine and the bundle compiler.
 */
public final class Pipeline {

    private final FreemarkerTemplates templates;
    private final MarkupParser parser = new MarkupParser();
    private final Labels labels;
    private final TemplateFunctions functions;
    private final Theme theme;
    private final String statementTemplate;
    private final boolean showPoints;

    public Pipeline(FreemarkerTemplates templates, Labels labels, Theme theme, String statementTemplate,
                    boolean showPoints) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.functions = new TemplateFunctions(labels);
        this.theme = Objects.requireNonNull(theme, "theme");
        this.statementTemplate = Objects.requireNonNull(statementTemplate, "statementTemplate");
        this.showPoints = showPoints;
    }

    /** The markup a template emits for its data. */
    public String markup(String templateName, Object data) {
        return templates.process(templateName, data);
    }

    /** The document tree a template's markup makes. */
    public DocumentTree tree(String templateName, Object data) {
        return parser.parse(markup(templateName, data));
    }

    public DocumentTree parse(String markup) {
        return parser.parse(markup);
    }

    /** The data a statement template sees; {@code annexPrefix} is "" on its own, the annex number in a bundle. */
    public TemplateData statementData(HearingStatement statement, String annexPrefix) {
        double logoWidth = theme.logo() == null ? 0
                : Math.min(1, theme.logoWidthMm() * StyleSheet.POINTS_PER_MM / new StyleSheet(theme).textWidth());
        return new TemplateData(statement, labels.asMap(), functions, theme.logo(), logoWidth, annexPrefix, showPoints);
    }

    public DocumentTree statementTree(HearingStatement statement, String annexPrefix) {
        return tree(statementTemplate, statementData(statement, annexPrefix));
    }

    public String statementTemplate() {
        return statementTemplate;
    }

    public Labels labels() {
        return labels;
    }

    public TemplateFunctions functions() {
        return functions;
    }

    public Theme theme() {
        return theme;
    }
}
