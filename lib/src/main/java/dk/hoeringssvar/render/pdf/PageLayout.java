package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.render.StyleSheet;
import java.util.ArrayList;
import java.util.List;

/** The first pass: the whole document laid out into pages, before anything is written. */
final class PageLayout {

    private final StyleSheet styles;
    private final Typesetter typesetter;

    PageLayout(StyleSheet styles, FontFaces fonts) {
        this.styles = styles;
        this.typesetter = new Typesetter(fonts);
    }

    LaidOutDocument layout(DocumentTree tree) {
        BlockLayout blocks = new BlockLayout(styles, typesetter);
        StructNode root = blocks.node(StructureRole.DOCUMENT, null);
        List<Slice> slices = blocks.layoutBody(tree.blocks(), root);
        double bodyTop = styles.pageHeight() - styles.marginTop();
        double bodyHeight = bodyTop - styles.marginBottom();
        Paginator.Result paginated = new Paginator(styles.marginLeft(), bodyTop, bodyHeight).paginate(slices);
        RunningText running = new RunningText(styles, typesetter);
        int count = paginated.pages().size();
        List<PageModel> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<DrawItem> items = new ArrayList<>(paginated.pages().get(i));
            items.addAll(running.forPage(tree.header(), tree.footer(), i + 1, count, root));
            pages.add(new PageModel(items));
        }
        return new LaidOutDocument(pages, paginated.bookmarks());
    }
}
