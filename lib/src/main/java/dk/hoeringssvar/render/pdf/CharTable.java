package dk.hoeringssvar.render.pdf;

/**
 * One int per BMP character, 0 until set, kept in pages of 256 characters made when first written: a
 * render's cache of what a font answers per character. Reads and writes take no lock. That is safe for
 * a cache shared between threads: a thread that does not yet see another's page or value sees 0, asks
 * the font again and writes the same value.
 */
final class CharTable {

    private final int[][] pages = new int[(Character.MAX_VALUE + 1) >>> 8][];

    /** The value for {@code c}, or 0 if none was set. */
    int get(char c) {
        int[] page = pages[c >>> 8];
        return page == null ? 0 : page[c & 0xFF];
    }

    void set(char c, int value) {
        int[] page = pages[c >>> 8];
        if (page == null) {
            page = new int[256];
            pages[c >>> 8] = page;
        }
        page[c & 0xFF] = value;
    }

    /** One empty table per face, indexed by {@link Face#ordinal()}. */
    static CharTable[] perFace() {
        CharTable[] tables = new CharTable[Face.values().length];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = new CharTable();
        }
        return tables;
    }
}
