package dk.hoeringssvar.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Blocks paginated into A4 pages, before what depends on where the pages end up in the document:
 * running text and stamps (page numbers), and the page numbers of a table of contents. Its page count is
 * final, so a bundle can plan where every part starts before finishing any of them.
 */
final class LaidOutBody {

    private final double width;
    private final double height;
    private final List<List<DrawItem>> pages;
    private final List<Bookmark> bookmarks;
    private final ContentsLayout contents;
    private final List<StructNode> sections;

    LaidOutBody(double width, double height, List<List<DrawItem>> pages, List<Bookmark> bookmarks,
                ContentsLayout contents, List<StructNode> sections) {
        this.width = width;
        this.height = height;
        this.pages = List.copyOf(pages);
        this.bookmarks = List.copyOf(bookmarks);
        this.contents = contents;
        this.sections = List.copyOf(sections);
    }

    int pageCount() {
        return pages.size();
    }

    /** Outline entries; their page index counts from this body's first page. */
    List<Bookmark> bookmarks() {
        return bookmarks;
    }

    /** Every drawn item, page by page (for the file ID). */
    List<List<DrawItem>> items() {
        return pages;
    }

    /**
     * Where this body's level-2 headings are, for its own contents, when its first page is page
     * {@code firstPageIndex} of the document. A heading that drew nothing points at the body's first page.
     */
    IntFunction<Target> sectionTargets(int firstPageIndex) {
        Map<StructNode, Target> found = new HashMap<>();
        if (!sections.isEmpty()) {
            for (int p = 0; p < pages.size(); p++) {
                for (DrawItem item : pages.get(p)) {
                    if (item instanceof DrawItem.TextLine line && !found.containsKey(line.tag().node())) {
                        found.put(line.tag().node(), new Target(firstPageIndex + p, line.baseline() + line.ascent()));
                    }
                }
            }
        }
        Target fallback = new Target(firstPageIndex, height);
        return n -> n < sections.size() ? found.getOrDefault(sections.get(n), fallback) : fallback;
    }

    /**
     * The finished pages: contents filled in from {@code contentsTargets}, and {@code decoration} (running
     * text, stamps) of each page, by 0-based index within this body, drawn after the page's content.
     */
    List<PageModel> finish(IntFunction<Target> contentsTargets, IntFunction<List<DrawItem>> decoration) {
        List<List<DrawItem>> items = new ArrayList<>(pages.size());
        List<List<Link>> links = new ArrayList<>(pages.size());
        for (List<DrawItem> page : pages) {
            items.add(new ArrayList<>(page));
            links.add(new ArrayList<>());
        }
        if (contents.hasPending()) {
            contents.fill(items, links, contentsTargets);
        }
        List<PageModel> out = new ArrayList<>(pages.size());
        for (int i = 0; i < items.size(); i++) {
            items.get(i).addAll(decoration.apply(i));
            out.add(new PageModel(width, height, items.get(i), links.get(i)));
        }
        return out;
    }
}
