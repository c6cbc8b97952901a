package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.DocumentInfo;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Title, author, subject, keywords, language and dates in {@code docProps/core.xml}. */
final class CoreProperties {

    static final String LAST_MODIFIED_BY = "hoeringssvar";

    private CoreProperties() {
    }

    static void apply(XWPFDocument document, DocumentInfo info, String language, Instant timestamp) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(XmlText.clean(info.title()));
        core.setCreator(XmlText.clean(info.author()));
        core.setSubjectProperty(XmlText.clean(info.subject()));
        core.setKeywords(XmlText.clean(String.join(", ", info.keywords())));
        core.setLastModifiedByUser(LAST_MODIFIED_BY);
        Date when = Date.from(timestamp);
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.getUnderlyingProperties().setLanguageProperty(language);
    }
}
