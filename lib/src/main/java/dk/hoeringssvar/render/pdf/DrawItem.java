package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.theme.Rgb;
import java.util.List;
import java.util.Objects;

/**
 * Something the painter draws, tagged with its place in the structure tree.
 *
 * <p>Inside a {@link Slice}, coordinates are local: x from the left edge of the block, y downwards from
 * the slice's top. {@link #placed} turns them into PDF page coordinates (y upwards), which is what
 * items on a {@link PageModel} hold.
 */
sealed interface DrawItem {

    Tag tag();

    /** This item with local coordinates moved right by {@code dx} and down by {@code dy}. */
    DrawItem shifted(double dx, double dy);

    /** This item in page coordinates, for a slice whose left edge is {@code left} and top is {@code top}. */
    DrawItem placed(double left, double top);

    DrawItem withTag(Tag tag);

    /** Top of the item in local coordinates (for splitting a tall slice). */
    double localTop();

    /**
     * One line of text: runs of one size and colour on a common baseline.
     *
     * @param x        start of the line
     * @param baseline local: distance of the baseline below the slice top; placed: PDF y of the baseline
     * @param ascent   distance from the top of the line box down to the baseline
     * @param height   height of the line box (the leading)
     */
    record TextLine(double x, double baseline, double ascent, double height, double size, Rgb colour, List<Run> runs,
                    Tag tag)
            implements DrawItem {
        public TextLine {
            runs = List.copyOf(runs);
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(tag, "tag");
        }

        @Override
        public TextLine shifted(double dx, double dy) {
            return new TextLine(x + dx, baseline + dy, ascent, height, size, colour, runs, tag);
        }

        @Override
        public TextLine placed(double left, double top) {
            return new TextLine(left + x, top - baseline, ascent, height, size, colour, runs, tag);
        }

        @Override
        public TextLine withTag(Tag newTag) {
            return new TextLine(x, baseline, ascent, height, size, colour, runs, newTag);
        }

        @Override
        public double localTop() {
            return baseline - ascent;
        }

        double localBottom() {
            return baseline - ascent + height;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    /**
     * A filled rectangle: backgrounds, rules and borders.
     *
     * @param y local: top edge, downwards; placed: PDF y of the bottom edge
     */
    record Fill(double x, double y, double width, double height, Rgb colour, Tag tag) implements DrawItem {
        public Fill {
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(tag, "tag");
        }

        @Override
        public Fill shifted(double dx, double dy) {
            return new Fill(x + dx, y + dy, width, height, colour, tag);
        }

        @Override
        public Fill placed(double left, double top) {
            return new Fill(left + x, top - y - height, width, height, colour, tag);
        }

        @Override
        public Fill withTag(Tag newTag) {
            return new Fill(x, y, width, height, colour, newTag);
        }

        @Override
        public double localTop() {
            return y;
        }
    }

    /**
     * An image scaled to a box.
     *
     * @param y local: top edge, downwards; placed: PDF y of the bottom edge
     */
    record Picture(Image image, double x, double y, double width, double height, Tag tag) implements DrawItem {
        public Picture {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(tag, "tag");
        }

        @Override
        public Picture shifted(double dx, double dy) {
            return new Picture(image, x + dx, y + dy, width, height, tag);
        }

        @Override
        public Picture placed(double left, double top) {
            return new Picture(image, left + x, top - y - height, width, height, tag);
        }

        @Override
        public Picture withTag(Tag newTag) {
            return new Picture(image, x, y, width, height, newTag);
        }

        @Override
        public double localTop() {
            return y;
        }
    }

    /**
     * A page of a received PDF placed as a vector page filling the page it is drawn on (which has its
     * size). Decoration for tagged PDF: the received file's own structure is not carried over.
     */
    record Imported(ReceivedPdf source, int page, Tag tag) implements DrawItem {
        public Imported {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(tag, "tag");
        }

        @Override
        public Imported shifted(double dx, double dy) {
            return this;
        }

        @Override
        public Imported placed(double left, double top) {
            return this;
        }

        @Override
        public Imported withTag(Tag newTag) {
            return new Imported(source, page, newTag);
        }

        @Override
        public double localTop() {
            return 0;
        }
    }
}
