package dk.hoeringssvar.publish;

import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.BundleItem;
import dk.hoeringssvar.bundle.CommitteePacket;
import dk.hoeringssvar.bundle.Hearing;
import dk.hoeringssvar.bundle.HearingSummary;
import dk.hoeringssvar.bundle.ReceivedDocument;
import dk.hoeringssvar.model.Address;
import dk.hoeringssvar.model.Annex;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Meeting;
import dk.hoeringssvar.model.ParticipantGroup;
import dk.hoeringssvar.model.Point;
import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.RichText;
import dk.hoeringssvar.model.Sender;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.model.Signatory;
import dk.hoeringssvar.model.Stance;
import dk.hoeringssvar.model.TestImages;
import dk.hoeringssvar.model.TextRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.testing.Statements;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;

/**
 * A hearing full of planted personal data, in every field of every kind of document, and the
 * ordinary numbers that must stay. All of it is made up.
 */
public final class PlantedData {

    private PlantedData() {
    }

    /** Every string that must be gone from a publication copy, written as it was planted. */
    public static final List<String> PLANTED = List.of(
            "010203-1234", "1102034321", "150760 1235",
            "inger.thomsen@example.dk", "k.berg@example.com", "ole.nielsen@example.net", "docx.borger@example.org",
            "+45 22 33 44 55", "4055 6677", "98 76 54 32", "61 72 83 94", "26 37 48 59",
            "1234567890", "DK50 0040 0440 1162 43", "5470-0001234567",
            "Præstevænget 11", "Ny Vestergade 3", "Kirkestræde 8", "Karen Mortensen");

    /** Ordinary numbers and words that must stay. */
    public static final List<String> ORDINARY = List.of(
            "12.345.678 kr.", "2024-012345", "§ 17", "2024 2025", "29.05.2026", "CVR-nr. 29189846",
            "Foreningsvej 4", "33 12 34 56", "info@forening.example.dk", "7993 Vestby");

    /** The policy of the tests: the Danish defaults and one name of a third person. */
    public static PublicationPolicy policy() {
        return PublicationPolicy.builder().removeNames("Karen Mortensen").build();
    }

    public static Hearing hearing() {
        return new Hearing("Nye åbningstider på bibliotekerne", "Lindå Kommune, Kultur og Fritid",
                "Kultur- og Fritidsudvalget", "26/02210", LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 29),
                List.of("Borgerforeningen Vestby"));
    }

    /** A citizen's statement with personal data in every text field. */
    public static HearingStatement citizen() {
        HearingStatement neighbour = HearingStatement.builder()
                .sender(new Sender("Ole Nielsen", SenderKind.CITIZEN, new Address("Kirkestræde 8", "7993", "Vestby")))
                .title("Tilslutning fra naboen")
                .paragraph("Jeg er enig. Skriv til ole.nielsen@example.net eller ring 26 37 48 59.")
                .point("Enig med Inger (ole.nielsen@example.net).", Stance.SUPPORT, "Betjent åbningstid")
                .signatory("Ole Nielsen", null).build();
        return new HearingStatement(
                List.of(new Sender("Inger Bøgh Thomsen", SenderKind.CITIZEN,
                        new Address("Præstevænget 11", "7993", "Vestby"))),
                "Kultur- og Fritidsudvalget",
                List.of("Inger Bøgh Thomsen · Præstevænget 11 · 7993 Vestby", "inger.thomsen@example.dk · +45 22 33 44 55"),
                null,
                "Lørdagsåbent i Vestby (tlf. 4055 6677)",
                LocalDate.of(2026, 5, 17),
                "Præstevænget 11, Vestby",
                Position.OPPOSITION,
                List.of(
                        new BodyBlock.Heading(2, "Kontakt: 98 76 54 32"),
                        new BodyBlock.Paragraph(RichText.of(TextRun.plain("Mit cpr-nr. er "), TextRun.bold("010203"),
                                TextRun.plain("-1234, og min mand har 1102034321. Budgettet er 12.345.678 kr. "
                                        + "(sagsnr. 2024-012345, § 17) for 2024 2025 med frist 29.05.2026."))),
                        new BodyBlock.BulletList(List.of(RichText.plain("Skriv til inger.thomsen@example.dk"),
                                RichText.plain("Min datter bor på Ny Vestergade 3, 2. th."))),
                        new BodyBlock.NumberedList(1, List.of(RichText.plain("Tilbagebetaling til reg.nr. 4321 konto "
                                + "1234567890"), RichText.plain("eller IBAN DK50 0040 0440 1162 43"))),
                        new BodyBlock.Quotation(List.of(RichText.plain("Min nabo Karen Mortensen siger det samme.")),
                                "Karen Mortensen, 61 72 83 94"),
                        new BodyBlock.PullQuote("Ring 61 72 83 94"),
                        new BodyBlock.ProposalBox("Forslag fra 150760 1235", RichText.plain("Send svar til k.berg@example.com:"),
                                List.of(RichText.plain("Kontonr. 5470-0001234567"))),
                        new BodyBlock.Table(List.of("Hvem", "Telefon"),
                                List.of(List.of("Karen Mortensen", "61 72 83 94"), List.of("Foreningen", "33 12 34 56 (CVR-nr. 29189846)")))),
                List.of(new Point("Bevar lørdagsåbent; mit cpr-nr. 010203-1234 står i ansøgningen.", Stance.PROPOSAL,
                        "Betjent åbningstid", "side 4, jf. 98 76 54 32")),
                "Med venlig hilsen, inger.thomsen@example.dk",
                List.of(new Signatory("Inger Bøgh Thomsen", "tlf. 4055 6677")),
                null,
                new Meeting(LocalDate.of(2026, 5, 10), LocalTime.of(19, 0), null, "Præstevænget 11",
                        List.of(new ParticipantGroup("Naboer", List.of("Karen Mortensen", "Ole Nielsen (26 37 48 59)"))),
                        List.of("k.berg@example.com"), "Inger Bøgh Thomsen", "Karen Mortensen"),
                List.of(new Annex("Bilag fra naboen", List.of(BodyBlock.Paragraph.of("Naboens svar.")), List.of(neighbour))));
    }

    /** An organisation's statement: its own details stay, planted data in its body go. */
    public static HearingStatement organisation() {
        return HearingStatement.builder()
                .sender(new Sender("Borgerforeningen Vestby", SenderKind.ASSOCIATION,
                        new Address("Foreningsvej 4", "7993", "Vestby")))
                .letterhead("Borgerforeningen Vestby · Foreningsvej 4 · 7993 Vestby",
                        "33 12 34 56 · info@forening.example.dk · CVR-nr. 29189846")
                .title("Borgerforeningens høringssvar")
                .body(BodyBlock.Paragraph.of("Vi støtter lørdagsåbent. Vores medlem Karen Mortensen (61 72 83 94) "
                        + "har samlet underskrifter på Foreningsvej 4."),
                        new BodyBlock.Figure(TestImages.png(40, 20), "Underskrifter, k.berg@example.com", "Liste"))
                .point("Lørdagsåbent skal bevares.", Stance.SUPPORT, "Betjent åbningstid")
                .signatory("Poul Dahl", "formand").build();
    }

    /** A received DOCX from a citizen, with personal data in body, table, header, link and properties. */
    public static byte[] receivedDocx() {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setCreator("docx.borger@example.org");
            doc.getProperties().getCoreProperties().setTitle("Svar fra 61 72 83 94");
            XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
            policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun()
                    .setText("Afsender: docx.borger@example.org");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Jeg bor på Præstevænget 11 og har cpr-nr. 0102");
            p.createRun().setText("03-1234");
            p.createRun().setText(". Budgettet er 12.345.678 kr.");
            XWPFParagraph link = doc.createParagraph();
            link.createRun().setText("Svar til ");
            link.createHyperlinkRun("mailto:docx.borger@example.org").setText("docx.borger@example.org");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Telefon");
            table.getRow(0).getCell(1).setText("98 76 54 32");
            doc.createParagraph().createRun().setText("Venlig hilsen Karen Mortensen");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A received PDF from a citizen (made by the engine, so fonts are subset Identity-H), with personal data. */
    public static byte[] receivedPdf() {
        HearingStatement letter = HearingStatement.builder()
                .sender(new Sender("Ole Nielsen", SenderKind.CITIZEN, new Address("Kirkestræde 8", "7993", "Vestby")))
                .letterhead("Ole Nielsen · Kirkestræde 8 · 7993 Vestby · 26 37 48 59")
                .title("Svar fra Ole Nielsen")
                .paragraph("Jeg har cpr-nr. 150760 1235 og kan nås på ole.nielsen@example.net. Budgettet er "
                        + "12.345.678 kr. og sagsnr. 2024-012345.")
                .signatory("Ole Nielsen", null).build();
        return DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build().render(letter, OutputFormat.PDF);
    }

    public static AnnexBundle bundle() {
        return new AnnexBundle(hearing(), List.of(
                new BundleItem.Statement(citizen()),
                new BundleItem.Statement(organisation()),
                new BundleItem.Received(new ReceivedDocument("svar fra 61 72 83 94.docx", receivedDocx(),
                        "Høringssvar fra Ole Nielsen, ole.nielsen@example.net",
                        new Sender("Ole Nielsen", SenderKind.CITIZEN, new Address("Kirkestræde 8", "7993", "Vestby")))),
                new BundleItem.Received(new ReceivedDocument("ole-nielsen.pdf", receivedPdf(), "Brev fra Ole Nielsen",
                        new Sender("Ole Nielsen", SenderKind.CITIZEN, new Address("Kirkestræde 8", "7993", "Vestby"))))));
    }

    public static CommitteePacket packet() {
        AnnexBundle bundle = bundle();
        HearingSummary summary = HearingSummary.from(bundle);
        summary = summary.withComments(Map.of(summary.points().get(0).id(),
                "Forvaltningen har talt med borgeren på 4055 6677.")).withChanges("Karen Mortensen får svar.");
        return new CommitteePacket("Kultur- og Fritidsudvalget", LocalDate.of(2026, 6, 16), "5",
                "Åbningstider efter høring", "26/02210",
                List.of("at udvalget godkender forslaget, og", "at borgeren på 98 76 54 32 får svar."),
                List.of(BodyBlock.Paragraph.of("Høringen gav tre svar. Budgettet er 12.345.678 kr.")), summary, bundle);
    }

}
