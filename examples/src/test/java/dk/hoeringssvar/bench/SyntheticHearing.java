package dk.hoeringssvar.bench;

import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.BundleItem;
import dk.hoeringssvar.bundle.Hearing;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.model.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic hearing of N statements, each about two A4 pages: a heading, five paragraphs of Danish
 * text with æøå, a four-item list and two signatures. The same text feeds every route measured.
 */
final class SyntheticHearing {

    static final String[] SENTENCES = {
        "Vi har læst forslaget om de nye åbningstider grundigt og drøftet det på flere møder i udvalget.",
        "Det er vigtigt for borgerne, at bibliotekerne fortsat er åbne på tidspunkter, hvor de kan komme.",
        "Medarbejderne ønsker klare rammer for arbejdsmiljøet, når der er færre betjente timer på stedet.",
        "Forslaget om selvbetjening fra kl. 7 til 22 giver nye muligheder, men rejser også spørgsmål om tryghed.",
        "Vi opfordrer udvalget til at følge ordningen tæt og evaluere den efter et år sammen med brugerne.",
        "Økonomien i forslaget hænger kun sammen, hvis besparelsen på personale ikke går ud over kvaliteten.",
        "Ældre og borgere med handicap skal kunne bruge bibliotekerne på lige fod med alle andre.",
        "Skolerne bruger lokalbibliotekerne om formiddagen, og den mulighed må ikke forsvinde med forslaget."
    };

    private SyntheticHearing() {
    }

    /** The i-th statement (1-based). */
    static HearingStatement statement(int i) {
        HearingStatement.Builder b = HearingStatement.builder()
                .sender("Høringspart nr. " + i, i % 3 == 0 ? SenderKind.CITIZEN : SenderKind.ASSOCIATION)
                .recipient("Kultur- og Fritidsudvalget")
                .title("Høringssvar nr. " + i + " om bibliotekernes åbningstider")
                .date(LocalDate.of(2026, 5, 20))
                .heading("Vores bemærkninger til forslaget");
        for (int p = 0; p < 5; p++) {
            b.paragraph(paragraph(i + p));
        }
        b.body(BodyBlock.BulletList.of("Betjent åbningstid om lørdagen bevares.",
                "Tryghed i de selvbetjente timer sikres med alarm og kamera.",
                "Skolernes adgang om formiddagen fortsætter.",
                "Ordningen evalueres efter et år med brugerne."));
        b.point("Den betjente åbningstid skal bevares om lørdagen.", Stance.PROPOSAL, "Betjent åbningstid");
        b.signatory("Anne Sørensen", "Formand").signatory("Bjørn Ålund", "Næstformand");
        return b.build();
    }

    /** About 130 words: the eight sentences, starting at a different one for each seed. */
    static String paragraph(int seed) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < SENTENCES.length; s++) {
            sb.append(SENTENCES[(seed + s) % SENTENCES.length]).append(' ');
        }
        return sb.toString().strip();
    }

    static AnnexBundle bundle(int n) {
        List<BundleItem> items = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            items.add(new BundleItem.Statement(statement(i)));
        }
        return new AnnexBundle(hearing(), items);
    }

    /** The same bundle with its statements made when the engine asks for them, none held. */
    static AnnexBundle supplied(int n) {
        return AnnexBundle.supplied(hearing(), n, i -> new BundleItem.Statement(statement(i + 1)));
    }

    private static Hearing hearing() {
        return new Hearing("Forslag om nye åbningstider på bibliotekerne", "Lindå Kommune",
                "Kultur- og Fritidsudvalget", "26/02210", LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 29),
                List.of());
    }
}
