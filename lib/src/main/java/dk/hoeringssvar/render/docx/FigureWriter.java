package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.Alignment;
import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.render.StyleSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/** Embeds a figure's picture, sized to its share of the text width, with alt text and a caption. */
final class FigureWriter {

    /** The most of the text height a picture may take, leaving room for its caption. */
    private static final double MAX_PAGE_SHARE = 0.85;

    private final StyleSheet sheet;
    private final RunWriter runs;
    private int pictureCount;

    FigureWriter(StyleSheet sheet, RunWriter runs) {
        this.sheet = sheet;
        this.runs = runs;
    }

    void write(Block.Figure figure, BodyTarget target) throws IOException, InvalidFormatException {
        Image image = figure.image();
        double width = figure.widthFraction() * target.width();
        double height = width * image.aspectRatio();
        double maxHeight = MAX_PAGE_SHARE * (sheet.pageHeight() - sheet.marginTop() - sheet.marginBottom());
        if (height > maxHeight) {
            // A tall picture at its width share would not fit on a page; keep the aspect ratio.
            width *= maxHeight / height;
            height = maxHeight;
        }
        boolean captioned = !figure.caption().isEmpty();

        XWPFParagraph paragraph = target.paragraph();
        paragraph.setAlignment(alignment(figure.alignment()));
        CTPPr ppr = paragraph.getCTPPr();
        if (captioned) {
            ppr.addNewKeepNext();
        }
        Formats.singleSpacing(ppr, sheet.blockGap(), captioned ? 0 : sheet.blockGap());

        XWPFRun run = runs.run(paragraph, false, false);
        pictureCount++;
        String name = "figure" + pictureCount + "." + image.format().name().toLowerCase(Locale.ROOT);
        XWPFPicture picture = run.addPicture(new ByteArrayInputStream(image.data()), pictureType(image),
                name, Measure.emu(width), Measure.emu(height));
        describe(run, picture, figure.altText());

        if (captioned) {
            XWPFParagraph caption = target.paragraph();
            caption.setStyle(DocxStyle.CAPTION.id());
            caption.setAlignment(alignment(figure.alignment()));
            runs.write(caption, figure.caption());
        }
    }

    /** Alt text goes on the drawing's docPr (what Word shows and screen readers read) and on the picture. */
    private static void describe(XWPFRun run, XWPFPicture picture, String altText) {
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(XmlText.clean(altText));
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(XmlText.clean(altText));
    }

    private static PictureType pictureType(Image image) {
        return switch (image.format()) {
            case PNG -> PictureType.PNG;
            case JPEG -> PictureType.JPEG;
        };
    }

    private static ParagraphAlignment alignment(Alignment alignment) {
        return switch (alignment) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        };
    }
}
