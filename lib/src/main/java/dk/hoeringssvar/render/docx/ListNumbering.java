package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.ListKind;
import dk.hoeringssvar.render.StyleSheet;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The numbering part of one document: an abstract definition per list kind (created when first
 * needed) and a separate {@code num} for every list, so each numbered list restarts at its own start.
 */
final class ListNumbering {

    /** Word's level count; deeper nesting stays at the last level. */
    static final int MAX_LEVEL = 8;

    private final XWPFDocument document;
    private final StyleSheet sheet;
    private final Map<ListKind, BigInteger> abstractIds = new EnumMap<>(ListKind.class);
    private XWPFNumbering numbering;

    ListNumbering(XWPFDocument document, StyleSheet sheet) {
        this.document = document;
        this.sheet = sheet;
    }

    /** A new {@code num} for one list shown at {@code level}; numbered lists start at {@code start}. */
    BigInteger newList(ListKind kind, int level, int start) {
        BigInteger abstractId = abstractIds.computeIfAbsent(kind, this::define);
        BigInteger numId = numbering().addNum(abstractId);
        if (kind == ListKind.NUMBERED) {
            CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.valueOf(Math.max(0, start)));
        }
        return numId;
    }

    private XWPFNumbering numbering() {
        if (numbering == null) {
            numbering = document.createNumbering();
        }
        return numbering;
    }

    private BigInteger define(ListKind kind) {
        XWPFNumbering part = numbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        BigInteger id = BigInteger.valueOf(part.getAbstractNums().size());
        abstractNum.setAbstractNumId(id);
        for (int level = 0; level <= MAX_LEVEL; level++) {
            level(abstractNum.addNewLvl(), kind, level);
        }
        part.addAbstractNum(new XWPFAbstractNum(abstractNum, part));
        return id;
    }

    private void level(CTLvl lvl, ListKind kind, int level) {
        double indent = sheet.listIndent();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        switch (kind) {
            case BULLET -> {
                lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal(StyleSheet.BULLET);
            }
            case NUMBERED -> {
                lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
                lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
            }
        }
        lvl.addNewLvlJc().setVal(STJc.LEFT);
        CTInd ind = lvl.addNewPPr().addNewInd();
        ind.setLeft(Measure.twips(indent * (level + 1)));
        ind.setHanging(Measure.twips(indent));
        // The marker takes the body font, not Symbol, so "•" looks the same as in PDF and HTML.
        CTFonts fonts = lvl.addNewRPr().addNewRFonts();
        String family = sheet.theme().fonts().officeFamily();
        fonts.setAscii(family);
        fonts.setHAnsi(family);
        fonts.setCs(family);
    }
}
