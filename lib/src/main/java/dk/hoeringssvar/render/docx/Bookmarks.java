package dk.hoeringssvar.render.docx;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/** Bookmark ids of one document: every bookmark, ours or an appended file's, gets the next one. */
final class Bookmarks {

    private int last;

    BigInteger nextId() {
        return BigInteger.valueOf(++last);
    }

    /** Opens a bookmark at the paragraph's current end; close it with {@link #end} after its runs. */
    BigInteger start(CTP paragraph, String name) {
        BigInteger id = nextId();
        CTBookmark start = paragraph.addNewBookmarkStart();
        start.setId(id);
        start.setName(name);
        return id;
    }

    static void end(CTP paragraph, BigInteger id) {
        paragraph.addNewBookmarkEnd().setId(id);
    }
}
