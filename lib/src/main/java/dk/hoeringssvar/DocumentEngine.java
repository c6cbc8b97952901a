package dk.hoeringssvar;

import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.CommitteePacket;
import dk.hoeringssvar.bundle.HearingSummary;
import dk.hoeringssvar.bundle.internal.BundleCompiler;
import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.i18n.LabelLanguage;
import dk.hoeringssvar.i18n.Labels;
import dk.hoeringssvar.internal.AtomicFiles;
import dk.hoeringssvar.internal.GlyphCoverage;
import dk.hoeringssvar.internal.Pipeline;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.publish.PublicationCopy;
import dk.hoeringssvar.publish.PublicationPolicy;
import dk.hoeringssvar.publish.RedactionLog;
import dk.hoeringssvar.publish.internal.ModelRedactor;
import dk.hoeringssvar.render.CompiledRenderer;
import dk.hoeringssvar.render.FormatRenderer;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.render.docx.DocxRenderer;
import dk.hoeringssvar.render.html.HtmlRenderer;
import dk.hoeringssvar.render.pdf.PdfRenderer;
import dk.hoeringssvar.template.RedactionLogTemplateData;
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
import java.util.function.Consumer;
import java.util.function.IntConsumer;

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

    private final Pipeline pipeline;
    private final BundleCompiler compiler;
    private final Clock clock;
    private final Map<OutputFormat, FormatRenderer> renderers;
    private final Map<OutputFormat, CompiledRenderer> compiledRenderers;
    private final GlyphCoverage glyphs;
    /** Null unless every render is a publication copy. */
    private final ModelRedactor publication;
    private final Consumer<RedactionLog> publicationLogs;
    private final ModelRedactor redactor;

    private DocumentEngine(DocumentEngine other, Clock clock) {
        this.pipeline = other.pipeline;
        this.compiler = other.compiler;
        this.clock = clock;
        this.renderers = other.renderers;
        this.compiledRenderers = other.compiledRenderers;
        this.glyphs = other.glyphs;
        this.publication = other.publication;
        this.publicationLogs = other.publicationLogs;
        this.redactor = other.redactor;
    }

    private DocumentEngine(Builder b) {
        FreemarkerTemplates templates = new FreemarkerTemplates(b.templateSources);
        templates.check(b.statementTemplate);
        this.pipeline = new Pipeline(templates, Labels.of(b.language), b.theme, b.statementTemplate, b.showPoints);
        this.compiler = new BundleCompiler(pipeline);
        this.clock = b.clock;
        StyleSheet styles = new StyleSheet(b.theme);
        Map<OutputFormat, FormatRenderer> single = new EnumMap<>(OutputFormat.class);
        single.put(OutputFormat.PDF, new PdfRenderer(styles, b.pdfArchival, b.strictArchival, b.layoutThreads));
        single.put(OutputFormat.DOCX, new DocxRenderer(styles));
        single.put(OutputFormat.HTML, new HtmlRenderer(styles));
        Map<OutputFormat, CompiledRenderer> compiled = new EnumMap<>(OutputFormat.class);
        single.forEach((format, renderer) -> {
            if (renderer instanceof CompiledRenderer c) {
                compiled.put(format, c);
            }
        });
        this.renderers = Map.copyOf(single);
        this.compiledRenderers = Map.copyOf(compiled);
        this.glyphs = new GlyphCoverage(b.theme.fonts());
        Labels labels = pipeline.labels();
        this.publication = b.publication == null ? null : new ModelRedactor(b.publication, labels);
        this.publicationLogs = b.publicationLogs;
        this.redactor = publication != null ? publication : new ModelRedactor(PublicationPolicy.danish(), labels);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Renders with the engine's statement template and writes to {@code out} (not closed). */
    public void render(HearingStatement statement, OutputFormat format, OutputStream out) {
        render(statement, pipeline.statementTemplate(), format, out);
    }

    /** Renders with a named template, bundled or from the engine's template sources. */
    public void render(HearingStatement statement, String templateName, OutputFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        DocumentTree tree = documentTree(statement, templateName);
        renderTree(tree, format, now(), out);
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
        DocumentTree tree = documentTree(statement, pipeline.statementTemplate());
        Instant timestamp = now();
        AtomicFiles.write(target, out -> renderTree(tree, format, timestamp, out));
    }

    /**
     * Renders an annex bundle (samlede høringssvar) as PDF or DOCX: cover, contents, every statement
     * as "Bilag n" with running page numbers, a stamp on every annex page and bookmarks. The file
     * appears whole or not at all.
     */
    public void render(AnnexBundle bundle, OutputFormat format, Path target, RenderProgress progress) {
        Objects.requireNonNull(bundle, "bundle");
        CompiledRenderer renderer = compiledRenderer(format);
        int total = bundle.items().size();
        CompiledDocument document = compile(published(bundle), format, done -> progress.statementsDone(done, total));
        Instant timestamp = now();
        AtomicFiles.write(target, out -> renderCompiled(renderer, format, document, timestamp, out, progress::warning));
    }

    /**
     * Renders an annex bundle to a stream (not closed). A PDF is written to {@code out} page by page as
     * it is painted, after the whole bundle has been laid out once: an error in the input (a template,
     * a missing glyph, a damaged received file) is reported before anything is written, but an error
     * while writing (the stream itself failing) leaves what was written so far in {@code out}. The
     * {@link Path} methods write to a temporary file and move it into place, so a file appears whole or
     * not at all.
     */
    public void render(AnnexBundle bundle, OutputFormat format, OutputStream out) {
        Objects.requireNonNull(bundle, "bundle");
        renderCompiled(compiledRenderer(format), format, compile(published(bundle), format, done -> { }), now(), out,
                warning -> { });
    }

    /** Renders the høringsnotat on its own, in any format. */
    public void render(HearingSummary summary, OutputFormat format, OutputStream out) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(format, "format");
        renderTree(compiler.summary(published(summary)), format, now(), out);
    }

    /** Renders the høringsnotat to a file that appears whole or not at all. */
    public void render(HearingSummary summary, OutputFormat format, Path target) {
        Objects.requireNonNull(summary, "summary");
        DocumentTree tree = compiler.summary(published(summary));
        Instant timestamp = now();
        AtomicFiles.write(target, out -> renderTree(tree, format, timestamp, out));
    }

    /**
     * Renders a committee packet as PDF or DOCX: the item, the recommendation and background, then the
     * høringsnotat as Bilag 1 and the statements as Bilag 2.1, 2.2 …
     */
    public void render(CommitteePacket packet, OutputFormat format, Path target, RenderProgress progress) {
        Objects.requireNonNull(packet, "packet");
        CompiledRenderer renderer = compiledRenderer(format);
        int total = packet.bundle().items().size();
        CompiledDocument document = compile(published(packet), format, done -> progress.statementsDone(done, total));
        Instant timestamp = now();
        AtomicFiles.write(target, out -> renderCompiled(renderer, format, document, timestamp, out, progress::warning));
    }

    /** Renders a committee packet to a stream (not closed); PDF as for {@link #render(AnnexBundle, OutputFormat, OutputStream)}. */
    public void render(CommitteePacket packet, OutputFormat format, OutputStream out) {
        Objects.requireNonNull(packet, "packet");
        renderCompiled(compiledRenderer(format), format, compile(published(packet), format, done -> { }), now(), out,
                warning -> { });
    }

    /**
     * For PDF the parts are made when the renderer reaches them and let go after (see
     * {@link dk.hoeringssvar.document.DeferredParts}), each checked for glyphs as it is made; DOCX holds
     * the whole document anyway.
     */
    private CompiledDocument compile(AnnexBundle bundle, OutputFormat format, IntConsumer progress) {
        return format == OutputFormat.PDF ? compiler.compileDeferred(bundle, progress, glyphs::check)
                : compiler.compile(bundle, progress);
    }

    private CompiledDocument compile(CommitteePacket packet, OutputFormat format, IntConsumer progress) {
        return format == OutputFormat.PDF ? compiler.compileDeferred(packet, progress, glyphs::check)
                : compiler.compile(packet, progress);
    }

    /** The compiled form of a bundle, before any renderer sees it. */
    public CompiledDocument compiledDocument(AnnexBundle bundle) {
        return compiler.compile(published(bundle), done -> { });
    }

    /** The compiled form of a packet, before any renderer sees it. */
    public CompiledDocument compiledDocument(CommitteePacket packet) {
        return compiler.compile(published(packet), done -> { });
    }

    /** The høringsnotat's document tree. */
    public DocumentTree documentTree(HearingSummary summary) {
        return compiler.summary(published(summary));
    }

    /**
     * A publication copy of a statement: personal data removed as the engine's publication policy says
     * ({@link PublicationPolicy#danish()} if it has none), with the log of what was removed. Render the
     * copy with any engine; keep the log for the secretariat.
     */
    public PublicationCopy<HearingStatement> publicationCopy(HearingStatement statement) {
        return redactor.copy(Objects.requireNonNull(statement, "statement"));
    }

    /**
     * A publication copy of an annex bundle: its statements cleaned, and its received files cleaned in
     * the files themselves, or left out with a page that names them when they cannot be cleaned safely
     * (an error instead with a {@link PublicationPolicy#strict() strict} policy).
     */
    public PublicationCopy<AnnexBundle> publicationCopy(AnnexBundle bundle) {
        return redactor.copy(Objects.requireNonNull(bundle, "bundle"));
    }

    /** A publication copy of a høringsnotat. */
    public PublicationCopy<HearingSummary> publicationCopy(HearingSummary summary) {
        return redactor.copy(Objects.requireNonNull(summary, "summary"));
    }

    /** A publication copy of a committee packet: its høringsnotat, its bundle and its own text. */
    public PublicationCopy<CommitteePacket> publicationCopy(CommitteePacket packet) {
        return redactor.copy(Objects.requireNonNull(packet, "packet"));
    }

    /**
     * Renders a redaction log as a document of its own (PDF, DOCX or HTML), for the secretariat's check.
     * It holds the removed text: never publish it.
     */
    public void render(RedactionLog log, OutputFormat format, OutputStream out) {
        Objects.requireNonNull(out, "out");
        renderTree(logTree(log), Objects.requireNonNull(format, "format"), now(), out);
    }

    /** Renders a redaction log to a file that appears whole or not at all. */
    public void render(RedactionLog log, OutputFormat format, Path target) {
        Objects.requireNonNull(format, "format");
        DocumentTree tree = logTree(log);
        Instant timestamp = now();
        AtomicFiles.write(target, out -> renderTree(tree, format, timestamp, out));
    }

    private DocumentTree logTree(RedactionLog log) {
        Objects.requireNonNull(log, "log");
        return pipeline.tree(TemplateNames.REDACTION_LOG,
                new RedactionLogTemplateData(log, pipeline.labels().asMap(), pipeline.functions()));
    }

    /** Whether every render of this engine is a publication copy. */
    public boolean publishes() {
        return publication != null;
    }

    private HearingStatement published(HearingStatement statement) {
        return publication == null ? statement : logged(publication.copy(statement));
    }

    private AnnexBundle published(AnnexBundle bundle) {
        return publication == null ? bundle : logged(publication.copy(bundle));
    }

    private HearingSummary published(HearingSummary summary) {
        return publication == null ? summary : logged(publication.copy(summary));
    }

    private CommitteePacket published(CommitteePacket packet) {
        return publication == null ? packet : logged(publication.copy(packet));
    }

    private <T> T logged(PublicationCopy<T> copy) {
        publicationLogs.accept(copy.log());
        return copy.document();
    }

    /** Every single-tree render goes through here: PDF first checks that the font has every glyph. */
    private void renderTree(DocumentTree tree, OutputFormat format, Instant timestamp, OutputStream out) {
        if (format == OutputFormat.PDF) {
            glyphs.check(tree);
        }
        renderers.get(format).render(tree, timestamp, out);
    }

    private void renderCompiled(CompiledRenderer renderer, OutputFormat format, CompiledDocument document,
                                Instant timestamp, OutputStream out, java.util.function.Consumer<String> warnings) {
        if (format == OutputFormat.PDF) {
            glyphs.check(document);
        }
        renderer.render(document, timestamp, out, warnings);
    }

    private CompiledRenderer compiledRenderer(OutputFormat format) {
        Objects.requireNonNull(format, "format");
        CompiledRenderer renderer = compiledRenderers.get(format);
        if (renderer == null) {
            throw new HoeringssvarException("bundles and packets are written as PDF or DOCX, not " + format);
        }
        return renderer;
    }

    /** The markup the statement template emits for a statement: useful when writing templates. */
    public String markup(HearingStatement statement) {
        return markup(statement, pipeline.statementTemplate());
    }

    public String markup(HearingStatement statement, String templateName) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(templateName, "templateName");
        return pipeline.markup(templateName, pipeline.statementData(published(statement), ""));
    }

    /** The document tree for a statement, before any renderer sees it. */
    public DocumentTree documentTree(HearingStatement statement, String templateName) {
        return pipeline.parse(markup(statement, templateName));
    }

    /** Renders markup written by hand or by another template system. */
    public void renderMarkup(String markup, OutputFormat format, OutputStream out) {
        Objects.requireNonNull(markup, "markup");
        renderTree(pipeline.parse(markup), format, now(), out);
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
        return pipeline.labels();
    }

    public Theme theme() {
        return pipeline.theme();
    }

    /** The engine's clock's current instant: what metadata of the next render will say. */
    public Instant now() {
        return clock.instant();
    }

    /** Options for an engine. Every option has a default; {@code builder().build()} is a working engine. */
    public static final class Builder {
        private final List<TemplateSource> templateSources = new ArrayList<>();
        private String statementTemplate = TemplateNames.STATEMENT;
        private LabelLanguage language = LabelLanguage.DANISH;
        private Theme theme = Theme.standard();
        private Clock clock = Clock.systemUTC();
        private boolean pdfArchival = true;
        private boolean strictArchival;
        private PublicationPolicy publication;
        private Consumer<RedactionLog> publicationLogs = log -> { };
        private int layoutThreads = 1;
        private boolean showPoints;

        private Builder() {
        }

        /**
         * Whether the standard statement template prints the statement's points as a numbered list of
         * remarks after its text; off by default. A statement shows what its sender wrote: the points'
         * themes and stances (and the overall position) are the administration's reading and go to the
         * høringsnotat, never into the letter. Turn this on for senders whose statement is itself a
         * numbered list of remarks held only as points. Templates see it as {@code showPoints}.
         */
        public Builder showPoints(boolean show) {
            this.showPoints = show;
            return this;
        }

        /**
         * Threads that make and lay out the statements of a PDF bundle or packet while it is planned; by
         * default 1, the thread that calls {@code render}. More use more cores for one render (on two
         * cores, two threads take about a third off a large bundle's time); the file is the same for any
         * number. Each render starts its own threads and stops them before it returns.
         *
         * <p>With more than one, the item function of an {@link AnnexBundle#supplied supplied} bundle is
         * called from those threads, and not in index order: it must then be thread-safe.
         * {@link RenderProgress#statementsDone} is called from those threads too, one call at a time, with
         * the counts 1, 2, 3 … in turn.
         *
         * @throws IllegalArgumentException if {@code threads} is less than 1
         */
        public Builder layoutThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("layoutThreads must be at least 1, was " + threads);
            }
            this.layoutThreads = threads;
            return this;
        }

        /**
         * Every render is a publication copy: personal data removed as the policy says before the
         * template sees the model (see {@link #publicationCopy(AnnexBundle)}). The logs are dropped; use
         * {@link #publication(PublicationPolicy, Consumer)} to keep them.
         */
        public Builder publication(PublicationPolicy policy) {
            return publication(policy, log -> { });
        }

        /** Every render is a publication copy, and each render's redaction log goes to {@code logs}. */
        public Builder publication(PublicationPolicy policy, Consumer<RedactionLog> logs) {
            this.publication = Objects.requireNonNull(policy, "policy");
            this.publicationLogs = Objects.requireNonNull(logs, "logs");
            return this;
        }

        /**
         * PDF output as PDF/A-2u (archival) — on by default. A bundle with a received PDF that is not
         * PDF/A is still written, without the PDF/A claim, and the file is named in a warning; see
         * {@link #strictArchival}.
         */
        public Builder pdfArchival(boolean archival) {
            this.pdfArchival = archival;
            return this;
        }

        /** With archival PDF: fail, naming the files, instead of writing a bundle that cannot be PDF/A. */
        public Builder strictArchival(boolean strict) {
            this.strictArchival = strict;
            return this;
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
