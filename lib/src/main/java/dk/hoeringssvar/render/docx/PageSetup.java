package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.render.TextStyle;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** A4 page, margins from the style sheet, and the running header and footer on every page. */
final class PageSetup {

    /** A4 in twips, as Word writes it (210 × 297 mm). */
    private static final long A4_WIDTH_TWIPS = 11_906;
    private static final long A4_HEIGHT_TWIPS = 16_838;
    /** Descent of Arial / Liberation Sans below the baseline, in ems. */
    private static final double DESCENT = 0.21;

    private final StyleSheet sheet;
    private final RunWriter runs;
    private CTSectPr prototype;

    PageSetup(StyleSheet sheet, RunWriter runs) {
        this.sheet = sheet;
        this.runs = runs;
    }

    void apply(XWPFDocument document, List<Inline> header, List<Inline> footer) {
        CTBody body = document.getDocument().getBody();
        page(body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr());
        if (!header.isEmpty()) {
            fill(document.createHeader(HeaderFooterType.DEFAULT), DocxStyle.HEADER, header);
        }
        if (!footer.isEmpty()) {
            fill(document.createFooter(HeaderFooterType.DEFAULT), DocxStyle.FOOTER, footer);
        }
    }

    /**
     * Page size, margins and header/footer distances of one section: the same for every section, so
     * written once and copied.
     */
    void page(CTSectPr sect) {
        if (prototype == null) {
            prototype = CTSectPr.Factory.newInstance();
            write(prototype);
        }
        (sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz()).set(prototype.getPgSz());
        (sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar()).set(prototype.getPgMar());
    }

    private void write(CTSectPr sect) {
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(Measure.twips(sheet.marginTop()));
        margins.setRight(Measure.twips(sheet.marginRight()));
        margins.setBottom(Measure.twips(sheet.marginBottom()));
        margins.setLeft(Measure.twips(sheet.marginLeft()));
        // Word measures the header from the page's top edge to the top of its line, the footer from the
        // bottom edge to the bottom of its line; the style sheet places their baselines
        // headerFooterOffset() outside the top and bottom margins.
        TextStyle head = sheet.runningHeader();
        TextStyle foot = sheet.runningFooter();
        double headerTop = sheet.marginTop() - sheet.headerFooterOffset() - (head.leading() - DESCENT * head.size());
        double footerBottom = sheet.marginBottom() - sheet.headerFooterOffset() - DESCENT * foot.size();
        margins.setHeader(Measure.twips(Math.max(0, headerTop)));
        margins.setFooter(Measure.twips(Math.max(0, footerBottom)));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Writes {@code content} into the header or footer's first paragraph, in {@code style}. */
    XWPFParagraph fill(XWPFHeaderFooter part, DocxStyle style, List<Inline> content) {
        XWPFParagraph paragraph = part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().getFirst();
        paragraph.setStyle(style.id());
        runs.write(paragraph, content);
        return paragraph;
    }
}
