package dk.hoeringssvar.render.docx;

import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

/**
 * The settings part. Declares Word 2013+ compatibility: without it Word opens the document in
 * "Compatibility Mode", and lays tables out the old way, hanging the cell margin outside the text column.
 * With a table of contents it also asks Word to update fields on opening, which fills the TOC with page
 * numbers (Word asks the user first). LibreOffice ignores the request: it shows the pre-filled result.
 */
final class WordSettings {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String WORD_URI = "http://schemas.microsoft.com/office/word";
    private static final String COMPATIBILITY_MODE = "15";

    private WordSettings() {
    }

    static void apply(XWPFDocument document, boolean updateFields) {
        if (updateFields) {
            document.enforceUpdateFields();
        }
        CTSettings settings = document.getSettings().getCTSettings();
        // poi-ooxml-lite has no compiled type for w:compat, so write the elements with a cursor.
        try (XmlCursor cursor = settings.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(W, "compat", "w"));
            cursor.beginElement(new QName(W, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(W, "uri", "w"), WORD_URI);
            cursor.insertAttributeWithValue(new QName(W, "val", "w"), COMPATIBILITY_MODE);
        }
    }
}
