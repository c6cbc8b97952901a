package dk.hoeringssvar.publish.internal;

import java.util.List;

/** Removes what a finder finds from a received file's own text. */
interface FileCleaner {

    Result clean(byte[] content, TextFinder finder);

    /** One removal: the page (PDF) or paragraph (DOCX) it was on, counted from 1. */
    record Removal(int place, String rule, String text) {
    }

    sealed interface Result {
        /** The cleaned file; {@code imagesKept} if it has images, which are not searched. */
        record Cleaned(byte[] content, List<Removal> removals, boolean imagesKept) implements Result {
        }

        /** The file cannot be cleaned safely, and why. */
        record Unsafe(UnsafeReason why) implements Result {
            /** The reason in English. */
            String reason() {
                return why.english();
            }
        }
    }
}
