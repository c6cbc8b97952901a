package dk.hoeringssvar.document;

import java.util.Objects;

/** A piece of running text inside a block. Closed: every renderer handles every kind. */
public sealed interface Inline {

    /** Text in one style. The text never contains line breaks; see {@link LineBreak}. */
    record Text(String text, boolean bold, boolean italic) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        public static Text plain(String text) {
            return new Text(text, false, false);
        }
    }

    /** A forced line break inside a block. */
    record LineBreak() implements Inline {
    }

    /** The current page number; meaningful in running headers and footers. */
    record PageNumber() implements Inline {
    }

    /** The total number of pages; meaningful in running headers and footers. */
    record PageCount() implements Inline {
    }
}
