package dk.hoeringssvar;

import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.i18n.LabelLanguage;
import dk.hoeringssvar.i18n.Labels;
import dk.hoeringssvar.internal.AtomicFiles;
import dk.hoeringssvar.markup.MarkupParser;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.render.FormatRenderer;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.render.docx.DocxRenderer;
import dk.hoeringssvar.render.html.HtmlRenderer;
import dk.hoeringssvar.render.pdf.PdfRenderer;
import dk.hoeringssvar.template.TemplateData;
import dk.hoeringssvar.template.TemplateFunctions;
import dk.hoeringssvar.template.TemplateNames;
import dk.hoeringssvar.template.TemplateSource;
import dk.hoeringssvar.template.internal.FreemarkerTemplates;
import dk.hoeringssvar.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders hearing statements: model → template → markup → document tree → PDF, DOCX or HTML.
 *
 * <p>Build one with {@link #builder()} and share it: an engine is immutable and safe to use from many
 * threads at once; fonts, templates and labels are loaded once, when it is built. Every render reads
 * the injected {@link Clock} once, for document metadata, so a fixed clock gives identical output for
 * identical input.
 *
 * <pre>{@code
 * DocumentEngine engine = DocumentEngine.builder().build();
 * engine.render(statement, Path.of("out/hoeringssvar.pdf"));
 * }</pre>
 */
public final class DocumentEngine {

    private final FreemarkerTemplates templates;
    private final String statementTemplate;
    private final MarkupParser parser = new MarkupParser();
    private final Labels labels;
    private final TemplateFunctions functions;
    private final Theme theme;
    private final Clock clock;
    private final Map<OutputFormat, FormatRenderer> renderers;

    private DocumentEngine(DocumentEngine other, Clock clock) {
        this.templates = other.templates;
        this.statementTemplate = other.statementTemplate;
        this.labels = other.labels;
        this.functions = other.functions;
        this.theme = other.theme;
        this.clock = clock;
        this.renderers = other.renderers;
    }

    private DocumentEngine(Builder b) {
        this.templates = new FreemarkerTemplates(b.templateSources);
        this.statementTemplate = b.statementTemplate;
        this.labels = Labels.of(b.language);
        this.functions = new TemplateFunctions(labels);
        this.theme = b.theme;
        this.clock = b.clock;
        this.renderers = new EnumMap<>(OutputFormat.class);
        StyleSheet styles = new StyleSheet(theme);
        renderers.put(OutputFormat.PDF, new PdfRenderer(styles));
        renderers.put(OutputFormat.DOCX, new DocxRenderer(styles));
        renderers.put(OutputFormat.HTML, new HtmlRenderer(styles));
        templates.check(statementTemplate);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Renders with the engine's statement template and writes to {@code out} (not closed). */
    public void render(HearingStatement statement, OutputFormat format, OutputStream out) {
        render(statement, statementTemplate, format, out);
    }

    /** Renders with a named template, bundled or from the engine's template sources. */
    public void render(HearingStatement statement, String templateName, OutputFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        DocumentTree tree = documentTree(statement, templateName);
        renderers.get(format).render(tree, now(), out);
    }

    /** Renders into memory. */
    public byte[] render(HearingStatement statement, OutputFormat format) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        render(statement, format, buffer);
        return buffer.toByteArray();
    }

    /**
     * Renders to a file whose extension ({@code .pdf}, {@code .docx}, {@code .html}) names the format.
     * The file appears whole or not at all.
     */
    public void render(HearingStatement statement, Path target) {
        String name = String.valueOf(target.getFileName());
        OutputFormat format = OutputFormat.fromFileName(name).orElseThrow(() -> new HoeringssvarException(
                "cannot tell the format of " + target + " from its extension; use .pdf, .docx or .html"));
        render(statement, format, target);
    }

    /** Renders to a file in the given format; the file appears whole or not at all. */
    public void render(HearingStatement statement, OutputFormat format, Path target) {
        Objects.requireNonNull(format, "format");
        DocumentTree tree = documentTree(statement, statementTemplate);
        Instant timestamp = now();
        AtomicFiles.write(target, out -> renderers.get(format).render(tree, timestamp, out));
    }

    /** The markup the statement template emits for a statement: useful when writing templates. */
    public String markup(HearingStatement statement) {
        return markup(statement, statementTemplate);
    }

    public String markup(HearingStatement statement, String templateName) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(templateName, "templateName");
        double logoWidth = theme.logo() == null ? 0
                : Math.min(1, theme.logoWidthMm() * StyleSheet.POINTS_PER_MM / new StyleSheet(theme).textWidth());
        TemplateData data = new TemplateData(statement, labels.asMap(), functions, theme.logo(), logoWidth);
        return templates.process(templateName, data);
    }

    /** The document tree for a statement, before any renderer sees it. */
    public DocumentTree documentTree(HearingStatement statement, String templateName) {
        return parser.parse(markup(statement, templateName));
    }

    /** Renders markup written by hand or by another template system. */
    public void renderMarkup(String markup, OutputFormat format, OutputStream out) {
        Objects.requireNonNull(markup, "markup");
        renderers.get(format).render(parser.parse(markup), now(), out);
    }

    /**
     * The same engine with another clock; fonts, templates and renderers are shared, so this is cheap.
     * Useful to date each document by its own content, for reproducible output.
     */
    public DocumentEngine withClock(Clock clock) {
        return new DocumentEngine(this, Objects.requireNonNull(clock, "clock"));
    }

    /** The engine's labels, for callers that print their own text in the same language. */
    public Labels labels() {
        return labels;
    }

    public Theme theme() {
        return theme;
    }

    private Instant now() {
        return clock.instant();
    }

    /** Options for an engine. Every option has a default; {@code builder().build()} is a working engine. */
    public static final class Builder {
        private final List<TemplateSource> templateSources = new ArrayList<>();
        private String statementTemplate = TemplateNames.STATEMENT;
        private LabelLanguage language = LabelLanguage.DANISH;
        private Theme theme = Theme.standard();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Adds a template source searched before the bundled templates (and before sources added later),
         * so a template of the same name replaces a bundled one.
         */
        public Builder templates(TemplateSource source) {
            templateSources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /** The template used for statements; default {@link TemplateNames#STATEMENT}. */
        public Builder statementTemplate(String name) {
            this.statementTemplate = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The label language; default Danish. */
        public Builder language(LabelLanguage language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        public Builder theme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /** The clock read for document dates in metadata; fix it for reproducible output. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @throws dk.hoeringssvar.template.TemplateException if the statement template is missing or
         *         does not parse
         */
        public DocumentEngine build() {
            return new DocumentEngine(this);
        }
    }
}
