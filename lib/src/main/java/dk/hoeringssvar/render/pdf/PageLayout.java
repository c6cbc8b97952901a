package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.render.StyleSheet;
import java.util.List;

/**
 * The first pass: blocks laid out into pages, before anything is written. One instance per render
 * call; structure node ids are unique across everything it lays out.
 */
final class PageLayout {

    private final StyleSheet styles;
    private final Typesetter typesetter;
    private final NodeIds ids = new NodeIds();

    PageLayout(StyleSheet styles, FontFaces fonts) {
        this.styles = styles;
        this.typesetter = new Typesetter(fonts);
    }

    /** A single document: body, its contents filled in, running header and footer with its own page numbers. */
    LaidOutDocument layout(DocumentTree tree) {
        StructNode root = node(StructureRole.DOCUMENT, null);
        LaidOutBody body = layoutBody(tree.blocks(), root, BlockLayout.sectionEntries(tree.blocks()));
        RunningText running = runningText();
        int count = body.pageCount();
        List<PageModel> pages = body.finish(body.sectionTargets(0),
                i -> running.forPage(tree.header(), tree.footer(), i + 1, count, root));
        return new LaidOutDocument(pages, body.bookmarks());
    }

    /**
     * Blocks paginated under structure node {@code parent}; a {@link Block.Contents} among them lists
     * {@code contentsEntries}.
     */
    LaidOutBody layoutBody(List<Block> blocks, StructNode parent, List<ContentsLayout.Entry> contentsEntries) {
        BlockLayout layout = new BlockLayout(styles, typesetter, ids, contentsEntries);
        List<Slice> slices = layout.layoutBody(blocks, parent);
        double bodyTop = styles.pageHeight() - styles.marginTop();
        double bodyHeight = bodyTop - styles.marginBottom();
        Paginator.Result paginated = new Paginator(styles.marginLeft(), bodyTop, bodyHeight).paginate(slices);
        return new LaidOutBody(styles.pageWidth(), styles.pageHeight(), paginated.pages(), paginated.bookmarks(),
                layout.contents(), layout.sections());
    }

    StructNode node(StructureRole role, StructNode parent) {
        return new StructNode(ids.next(), role, parent, null);
    }

    RunningText runningText() {
        return new RunningText(styles, typesetter);
    }

    StampLayout stamps() {
        return new StampLayout(styles, typesetter);
    }
}
