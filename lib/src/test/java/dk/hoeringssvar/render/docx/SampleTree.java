package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.Alignment;
import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.DocumentInfo;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.document.ListKind;
import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.document.SignatureLayout;
import dk.hoeringssvar.model.Image;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/** A hand-built tree with every block and inline kind, in Danish, for the DOCX tests. */
final class SampleTree {

    static final String TITLE = "Høringssvar om «æøå ÆØÅ» – forslag til ændring";
    static final String ALT_TEXT = "Søjlediagram over ældres ventetid – 2025";
    static final int SECOND_LIST_START = 4;

    private SampleTree() {
    }

    static DocumentInfo info() {
        return new DocumentInfo(TITLE, "Ældrerådet i Århus", "Høring om plejeboliger",
                List.of("høring", "ældre", "plejebolig"), "da-DK");
    }

    static DocumentTree full() {
        List<Inline> header = List.of(text("Ældrerådet – høringssvar"));
        List<Inline> footer = List.of(text("Side "), new Inline.PageNumber(), text(" af "), new Inline.PageCount());
        return new DocumentTree(info(), header, footer, blocks(1));
    }

    /** The full sample with its body repeated {@code times} times, separated by page breaks. */
    static DocumentTree repeated(int times) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            blocks.addAll(blocks(i + 1));
        }
        DocumentTree full = full();
        return new DocumentTree(full.info(), full.header(), full.footer(), blocks);
    }

    static List<Block> blocks(int copy) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(para(ParagraphRole.LETTERHEAD, "Ældrerådet i Århus Kommune"));
        blocks.add(para(ParagraphRole.LETTERHEAD, "Rådhuspladsen 2, 8000 Aarhus C"));
        blocks.add(para(ParagraphRole.RECIPIENT, "Til Sundheds- og Omsorgsudvalget"));
        blocks.add(para(ParagraphRole.DATE, "Aarhus, 3. marts 2026"));
        blocks.add(new Block.Heading(1, List.of(text(TITLE))));
        blocks.add(para(ParagraphRole.REFERENCE, "Sag nr. 2026-0042 · Frist 15. marts 2026"));
        blocks.add(new Block.Heading(2, List.of(text("Indledning"))));
        blocks.add(new Block.Paragraph(ParagraphRole.BODY, List.of(
                text("Ældrerådet takker for muligheden for at afgive "),
                new Inline.Text("høringssvar", true, false),
                text(" og bemærker, at forslaget "),
                new Inline.Text("ikke", false, true),
                text(" tager højde for ældre med demens."),
                new Inline.LineBreak(),
                new Inline.Text("Vi anbefaler derfor – med «stor» vægt — at forslaget ændres.", true, true))));
        blocks.add(new Block.Heading(3, List.of(text("Rådets hovedpunkter"))));
        blocks.add(new Block.ListBlock(ListKind.BULLET, 1, List.of(
                item("Flere plejeboliger i Åby og Ølsted"),
                new Block.ListItem(List.of(text("Bedre normering om natten")), List.of(
                        new Block.ListBlock(ListKind.BULLET, 1, List.of(item("Mindst to nattevagter pr. afsnit"))))),
                item("Ærlig og åben dialog med pårørende"))));
        blocks.add(new Block.ListBlock(ListKind.NUMBERED, 1, List.of(
                item("Første anbefaling"), item("Anden anbefaling"))));
        blocks.add(new Block.Paragraph(ParagraphRole.BODY, List.of(text("Og videre derfra:"))));
        blocks.add(new Block.ListBlock(ListKind.NUMBERED, SECOND_LIST_START, List.of(
                item("Fjerde anbefaling"), item("Femte anbefaling"))));
        blocks.add(new Block.Quotation(List.of(
                para(ParagraphRole.BODY, "Udvalget besluttede at sende forslaget i høring blandt de berørte råd."),
                para(ParagraphRole.BODY, "Sagen behandles igen i april.")),
                List.of(text("— Referat fra udvalgsmødet 12. februar 2026"))));
        blocks.add(new Block.PullQuote(List.of(text("Ingen ældre skal vente mere end tre måneder på en plejebolig."))));
        blocks.add(new Block.Box(List.of(text("Forslag")), List.of(
                para(ParagraphRole.BODY, "Rådet foreslår følgende ændringer:"),
                new Block.ListBlock(ListKind.NUMBERED, 1, List.of(item("Ventetidsgaranti"), item("Årlig opfølgning"))))));
        blocks.add(new Block.Table(List.of(
                row("År", "Ventetid (dage)", "Bemærkning"),
                row("2024", "62", "Stigende – især i Åby"),
                row("2025", "81", "«Uacceptabelt», siger pårørende")), 1, List.of(1, 1, 3)));
        blocks.add(new Block.Figure(tinyPng(), ALT_TEXT, List.of(text("Figur " + copy + ". Ventetid på plejebolig")),
                0.5, Alignment.CENTER));
        blocks.add(new Block.Rule());
        blocks.add(new Block.DefinitionList(List.of(
                new Block.Definition(List.of(text("Mødedato")), List.of(text("12. februar 2026"))),
                new Block.Definition(List.of(text("Sted")), List.of(text("Rådhuset, mødelokale Ø3"))))));
        blocks.add(new Block.Paragraph(ParagraphRole.NOTE, List.of(text("Bilag: Referat af rådets møde."))));
        blocks.add(new Block.Signatures(SignatureLayout.SIDE_BY_SIDE, List.of(
                new Block.Signature(List.of(text("Åse Ørsted")), List.of(text("Formand"))),
                new Block.Signature(List.of(text("Bjørn Æbelø")), List.of(text("Næstformand"))))));
        blocks.add(new Block.Signatures(SignatureLayout.STACKED, List.of(
                new Block.Signature(List.of(text("Søren Ågård")), List.of(text("Sekretær"))))));
        blocks.add(new Block.PageBreak());
        return blocks;
    }

    static Inline.Text text(String s) {
        return Inline.Text.plain(s);
    }

    static Block.Paragraph para(ParagraphRole role, String s) {
        return new Block.Paragraph(role, List.of(text(s)));
    }

    static Block.ListItem item(String s) {
        return new Block.ListItem(List.of(text(s)), List.of());
    }

    static Block.TableRow row(String... cells) {
        return new Block.TableRow(Arrays.stream(cells)
                .map(c -> new Block.TableCell(List.of(text(c)))).toList());
    }

    /** A 40 × 20 two-colour PNG. */
    static Image tinyPng() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xEA, 0xF1, 0xF8));
        g.fillRect(0, 0, 40, 20);
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.fillRect(4, 8, 8, 12);
        g.fillRect(16, 4, 8, 16);
        g.fillRect(28, 12, 8, 8);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Image.of(out.toByteArray(), "tiny.png");
    }
}
