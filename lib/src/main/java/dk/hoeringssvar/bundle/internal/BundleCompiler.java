package dk.hoeringssvar.bundle.internal;

import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.BundleItem;
import dk.hoeringssvar.bundle.CommitteePacket;
import dk.hoeringssvar.bundle.HearingSummary;
import dk.hoeringssvar.bundle.ReceivedDocument;
import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.CompiledDocument.Part;
import dk.hoeringssvar.document.DeferredParts;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.document.ReceivedFile;
import dk.hoeringssvar.i18n.Labels;
import dk.hoeringssvar.internal.Pipeline;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.model.Stance;
import dk.hoeringssvar.template.BundleTemplateData;
import dk.hoeringssvar.template.PacketTemplateData;
import dk.hoeringssvar.template.SummaryTemplateData;
import dk.hoeringssvar.template.TemplateNames;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Turns bundles, summaries and packets into document trees and compiled documents through the
 * templates. Immutable and thread-safe.
 */
public final class BundleCompiler {

    private final Pipeline pipeline;

    public BundleCompiler(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * The annex bundle: the bundle template's cover and contents, then every item as "Bilag n".
     * {@code progress} hears the number of items done so far.
     */
    public CompiledDocument compile(AnnexBundle bundle, IntConsumer progress) {
        DocumentTree front = pipeline.tree(TemplateNames.BUNDLE, bundleData(bundle));
        List<CompiledDocument.Part> parts = parts(bundle, "", progress);
        return new CompiledDocument(front.info(), front.footer(), front.blocks(), parts,
                stamp(bundle.hearing().committee(), bundle.hearing().caseNumber()));
    }

    /**
     * The annex bundle with its parts made when a renderer asks for them ({@link DeferredParts}): each
     * statement goes through its template then, and {@code check} sees every part as it is made.
     * {@code progress} hears the highest number of items made so far.
     */
    public CompiledDocument compileDeferred(AnnexBundle bundle, IntConsumer progress, Consumer<Part> check) {
        DocumentTree front = pipeline.tree(TemplateNames.BUNDLE, bundleData(bundle));
        StatementsMade made = new StatementsMade(bundle.items().size(), progress);
        DeferredParts parts = new DeferredParts(bundle.items().size(), i -> {
            Part part = part(bundle, "", i);
            check.accept(part);
            made.made(i);
            return part;
        });
        return new CompiledDocument(front.info(), front.footer(), front.blocks(), parts,
                stamp(bundle.hearing().committee(), bundle.hearing().caseNumber()));
    }

    /** The committee packet with its statements made when a renderer asks for them; see {@link #compileDeferred(AnnexBundle, IntConsumer, Consumer)}. */
    public CompiledDocument compileDeferred(CommitteePacket packet, IntConsumer progress, Consumer<Part> check) {
        DocumentTree front = packetFront(packet);
        Part notat = notat(packet);
        check.accept(notat);
        AnnexBundle bundle = packet.bundle();
        StatementsMade made = new StatementsMade(bundle.items().size(), progress);
        DeferredParts parts = new DeferredParts(bundle.items().size() + 1, i -> {
            if (i == 0) {
                return notat;
            }
            Part part = part(bundle, "2.", i - 1);
            check.accept(part);
            made.made(i - 1);
            return part;
        });
        return new CompiledDocument(front.info(), front.footer(), front.blocks(), parts,
                stamp(packet.committee(), packet.caseNumber()));
    }

    /**
     * Counts the statements made at least once and tells {@code progress} each new count, 1, 2 … in
     * turn, whichever thread makes them and in whatever order; a statement made again (to paint it) is
     * not counted twice.
     */
    private static final class StatementsMade {
        private final BitSet made;
        private final IntConsumer progress;
        private int count;

        StatementsMade(int size, IntConsumer progress) {
            this.made = new BitSet(size);
            this.progress = progress;
        }

        synchronized void made(int index) {
            if (!made.get(index)) {
                made.set(index);
                progress.accept(++count);
            }
        }
    }

    /** The høringsnotat on its own. */
    public DocumentTree summary(HearingSummary summary) {
        return summary(summary, "");
    }

    /**
     * The committee packet: its front (item, recommendation, background, contents), "Bilag 1" the
     * høringsnotat, then the statements as "Bilag 2.1" … so the notat's references read the same.
     */
    public CompiledDocument compile(CommitteePacket packet, IntConsumer progress) {
        DocumentTree front = packetFront(packet);
        List<CompiledDocument.Part> parts = new ArrayList<>();
        parts.add(notat(packet));
        parts.addAll(parts(packet.bundle(), "2.", progress));
        return new CompiledDocument(front.info(), front.footer(), front.blocks(), parts,
                stamp(packet.committee(), packet.caseNumber()));
    }

    private DocumentTree packetFront(CommitteePacket packet) {
        return pipeline.tree(TemplateNames.PACKET,
                new PacketTemplateData(packet, pipeline.labels().asMap(), pipeline.functions()));
    }

    /** "Bilag 1" of a packet: the høringsnotat, its references to the statements reading "2.n". */
    private Part notat(CommitteePacket packet) {
        DocumentTree notat = summary(packet.summary(), "2.");
        return new CompiledDocument.Part.Tree(annexLabel("1"), notat.info().title(), notat);
    }

    private List<CompiledDocument.Part> parts(AnnexBundle bundle, String prefix, IntConsumer progress) {
        List<CompiledDocument.Part> parts = new ArrayList<>();
        for (int i = 0; i < bundle.items().size(); i++) {
            parts.add(part(bundle, prefix, i));
            progress.accept(i + 1);
        }
        return parts;
    }

    /** Item {@code index} of {@code bundle} as annex {@code prefix + (index + 1)}. */
    private Part part(AnnexBundle bundle, String prefix, int index) {
        String number = prefix + AnnexBundle.annexNumber(index);
        return switch (bundle.items().get(index)) {
            case BundleItem.Statement s -> new CompiledDocument.Part.Tree(annexLabel(number), s.title(),
                    pipeline.statementTree(s.statement(), number));
            case BundleItem.Received r -> received(annexLabel(number), r);
        };
    }

    private CompiledDocument.Part received(String label, BundleItem.Received item) {
        ReceivedDocument document = item.document();
        ReceivedFile.Kind kind = document.format() == ReceivedDocument.Format.PDF
                ? ReceivedFile.Kind.PDF : ReceivedFile.Kind.DOCX;
        String note = pipeline.labels().format("bundle.attachedSeparately", document.fileName());
        return new CompiledDocument.Part.File(label, document.title(),
                new ReceivedFile(document.fileName(), kind, document.content()), List.of(Inline.Text.plain(note)));
    }

    private DocumentTree summary(HearingSummary summary, String annexPrefix) {
        Labels labels = pipeline.labels();
        List<SummaryTemplateData.ThemeGroup> themes = summary.themes().stream()
                .map(t -> new SummaryTemplateData.ThemeGroup(t, summary.pointsOn(t))).toList();
        List<SummaryTemplateData.Series> series = summary.stances().stream()
                .map(stance -> new SummaryTemplateData.Series(labels.stance(stance), counts(summary, stance)))
                .toList();
        return pipeline.tree(TemplateNames.SUMMARY, new SummaryTemplateData(summary, labels.asMap(),
                pipeline.functions(), annexPrefix, themes, summary.themes(), series));
    }

    private static String counts(HearingSummary summary, Stance stance) {
        return summary.themes().stream().map(t -> Integer.toString(summary.count(t, stance)))
                .collect(Collectors.joining(" "));
    }

    private BundleTemplateData bundleData(AnnexBundle bundle) {
        Map<SenderKind, Integer> counts = new EnumMap<>(SenderKind.class);
        for (BundleItem item : bundle.items()) {
            counts.merge(item.sender().kind(), 1, Integer::sum);
        }
        List<BundleTemplateData.SenderCount> rows = counts.entrySet().stream()
                .map(e -> new BundleTemplateData.SenderCount(pipeline.labels().get("senderKind." + e.getKey().name()),
                        e.getValue()))
                .toList();
        return new BundleTemplateData(bundle, pipeline.labels().asMap(), pipeline.functions(), rows,
                bundle.items().size());
    }

    private String annexLabel(String number) {
        return pipeline.labels().get("annex") + " " + number;
    }

    private CompiledDocument.Stamp stamp(String committee, String caseNumber) {
        Labels labels = pipeline.labels();
        List<String> line = new ArrayList<>();
        if (committee != null) {
            line.add(committee);
        }
        if (caseNumber != null) {
            line.add(labels.get("caseNumber") + " " + caseNumber);
        }
        return new CompiledDocument.Stamp(labels.get("page.lower"), labels.get("of"), String.join(" · ", line));
    }

}
