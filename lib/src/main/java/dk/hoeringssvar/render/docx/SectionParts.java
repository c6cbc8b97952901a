package dk.hoeringssvar.render.docx;

import org.apache.poi.ooxml.POIXMLDocumentPart.RelationPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFactory;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * Creates header and footer parts for sections and refers sections to them. POI's
 * {@code XWPFHeaderFooterPolicy} counts and searches all of the document's relations for every part
 * it creates and every reference it writes, so a bundle with a header per annex took time growing
 * with the square of the annexes; here each part is numbered from a counter and its relation id is
 * kept. Only this class may create the document's header and footer parts: it numbers them
 * header1, header2 … by itself.
 */
final class SectionParts {

    /** A header or footer part and the relation id sections refer to it by. */
    record Part<T extends XWPFHeaderFooter>(T part, String relationId) {
    }

    private final XWPFDocument document;
    private int headers;
    private int footers;

    SectionParts(XWPFDocument document) {
        this.document = document;
    }

    /** A new, empty header part. */
    Part<XWPFHeader> header() {
        return part(XWPFRelation.HEADER, ++headers);
    }

    /** A new, empty footer part. */
    Part<XWPFFooter> footer() {
        return part(XWPFRelation.FOOTER, ++footers);
    }

    private <T extends XWPFHeaderFooter> Part<T> part(XWPFRelation kind, int number) {
        RelationPart relation = document.createRelationship(kind, XWPFFactory.getInstance(), number, false);
        T part = relation.getDocumentPart();
        part.setXWPFDocument(document);
        return new Part<>(part, relation.getRelationship().getId());
    }

    /** Makes {@code header} the default header of the section {@code sect}. */
    static void referHeader(CTSectPr sect, Part<XWPFHeader> header) {
        refer(sect.addNewHeaderReference(), header.relationId());
    }

    /** Makes {@code footer} the default footer of the section {@code sect}. */
    static void referFooter(CTSectPr sect, Part<XWPFFooter> footer) {
        refer(sect.addNewFooterReference(), footer.relationId());
    }

    private static void refer(CTHdrFtrRef ref, String id) {
        ref.setType(STHdrFtr.DEFAULT);
        ref.setId(id);
    }
}
