package dk.hoeringssvar.examples;

import dk.hoeringssvar.model.Address;
import dk.hoeringssvar.model.Annex;
import dk.hoeringssvar.model.BodyBlock.BulletList;
import dk.hoeringssvar.model.BodyBlock.Figure;
import dk.hoeringssvar.model.BodyBlock.Paragraph;
import dk.hoeringssvar.model.BodyBlock.ProposalBox;
import dk.hoeringssvar.model.BodyBlock.PullQuote;
import dk.hoeringssvar.model.BodyBlock.Quotation;
import dk.hoeringssvar.model.BodyBlock.Table;
import dk.hoeringssvar.model.HearingReference;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.model.Meeting;
import dk.hoeringssvar.model.ParticipantGroup;
import dk.hoeringssvar.model.Point;
import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.Sender;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.model.Stance;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Four sample høringssvar to the invented Lindå Kommune, written with the model API as a user of the
 * library would write them. Each shows a different part of the model:
 *
 * <ol>
 *   <li>{@code 01-fagmed-klimaplan}: a FagMED statement on a climate plan, adopted at a meeting whose
 *       block (date, time, place, both sides, apologies, chair, minute-taker) is part of the statement;</li>
 *   <li>{@code 02-skoleledelse-og-lokalmed-skolestruktur}: two senders answering together with quoted
 *       excerpts of the minutes of their two meetings;</li>
 *   <li>{@code 03-hovedmed-bibliotekernes-aabningstider}: a HovedMED statement whose Bilag holds five
 *       LokalMED statements, one of which has a Bilag of its own and one of which is only a title;</li>
 *   <li>{@code 04-forening-trafikplan}: a parents' association on a traffic plan, with a figure drawn at
 *       run time, a table, a pull-quote, a box of proposals and points citing paragraphs of a regulation.</li>
 * </ol>
 */
public final class SampleStatements {

    /** A statement and the file name, without extension, to render it to. */
    public record Sample(String fileStem, HearingStatement statement) {
    }

    private static final String MUNICIPALITY = "Lindå Kommune";

    private SampleStatements() {
    }

    /** All samples, in file-name order. */
    public static List<Sample> all() {
        return List.of(
                new Sample("01-fagmed-klimaplan", climatePlan()),
                new Sample("02-skoleledelse-og-lokalmed-skolestruktur", schoolStructure()),
                new Sample("03-hovedmed-bibliotekernes-aabningstider", libraryOpeningHours()),
                new Sample("04-forening-trafikplan", trafficPlan()));
    }

    // ------------------------------------------------------------------ 01: meeting block

    /** A FagMED statement with the meeting that adopted it. */
    public static HearingStatement climatePlan() {
        return HearingStatement.builder()
                .sender("FagMED for Teknik og Miljø", SenderKind.EMPLOYEE_COMMITTEE)
                .recipient("Klima- og Miljøudvalget")
                .hearing(new HearingReference("Forslag til Klimahandleplan 2026–2030",
                        MUNICIPALITY + ", Klima- og Miljøudvalget", "26/01544", LocalDate.of(2026, 3, 20)))
                .title("Høringssvar fra FagMED for Teknik og Miljø om Klimahandleplan 2026–2030")
                .position(Position.SUPPORT_WITH_REMARKS)
                .meeting(new Meeting(
                        LocalDate.of(2026, 3, 12), LocalTime.of(9, 0), LocalTime.of(10, 30),
                        "Mødelokale Ådalen, Rådhuset",
                        List.of(
                                new ParticipantGroup("Ledelsessiden",
                                        List.of("Birthe Vestergaard", "Claus Meldgaard", "Susanne Krog")),
                                new ParticipantGroup("Medarbejdersiden",
                                        List.of("René Bjerre (TR 3F)", "Amalie Thygesen (AMR)",
                                                "Niels Overgaard (TR Dansk Metal)"))),
                        List.of("Kirsten Dahl (TR HK)"),
                        "Birthe Vestergaard", "Jakob Hedegaard"))
                .paragraph("FagMED for Teknik og Miljø har drøftet forslaget til Klimahandleplan 2026–2030 på sit "
                        + "møde den 12. marts 2026. Vi bakker op om planens mål om at halvere udledningen fra "
                        + "kommunens egen drift inden 2030 og vil gerne være med til at gøre målet til "
                        + "virkelighed i hverdagen.")
                .heading("Omstilling af kørselsflåden")
                .paragraph("Planen lægger op til, at alle kommunens person- og varebiler er udskiftet til elbiler "
                        + "inden udgangen af 2027. Medarbejderne i Vej og Park og i ejendomsdriften kører dagligt "
                        + "lange ruter med trailer og tungt værktøj. Vi beder om, at udskiftningen planlægges "
                        + "sammen med dem, der bruger bilerne, så rækkevidde og trækkraft passer til opgaverne.")
                .paragraph("Der skal være ladestandere ved alle mødesteder, før bilerne skiftes ud. Ellers bliver "
                        + "tiden i bilen blot til ventetid ved offentlige ladere.")
                .heading("Energirenovering af kommunens bygninger")
                .paragraph("Vi støtter, at de ældste skoler og daginstitutioner renoveres først. Arbejdet foregår "
                        + "i bygninger, der er i brug, og FagMED ønsker derfor, at hvert projekt planlægges med:")
                .body(BulletList.of(
                        "en arbejdsmiljøvurdering, før arbejdet går i gang,",
                        "en plan for støj og støv i institutionens åbningstid,",
                        "tidlig information til dem, der arbejder i bygningen,",
                        "inddragelse af den lokale arbejdsmiljørepræsentant."))
                .heading("Kompetencer i driften")
                .paragraph("Varmepumper, solceller og nye styringsanlæg kræver ny viden hos driftsteknikerne. "
                        + "Planen afsætter penge til anlæggene, men ikke til den efteruddannelse, der skal til "
                        + "for at passe dem bagefter. Vi foreslår en fast pulje til efteruddannelse i hele "
                        + "planperioden.")
                .paragraph("Med disse bemærkninger anbefaler FagMED, at forslaget vedtages.")
                .point(new Point("Udskiftningen af bilerne skal planlægges med de medarbejdere, der bruger dem.",
                        Stance.PROPOSAL, "Kørsel", "side 12"))
                .point(new Point("Ladestandere skal være på plads, før bilerne skiftes ud.",
                        Stance.CONCERN, "Kørsel", "side 13"))
                .point(new Point("Renoveringer i bygninger i brug kræver arbejdsmiljøvurdering og tidlig "
                        + "information.", Stance.PROPOSAL, "Arbejdsmiljø", "indsats 4.2"))
                .point("Planen mangler en pulje til efteruddannelse af driftsteknikerne.",
                        Stance.CONCERN, "Kompetencer")
                .point("FagMED støtter målet om at halvere udledningen fra kommunens egen drift inden 2030.",
                        Stance.SUPPORT, "Planen som helhed")
                .date(LocalDate.of(2026, 3, 16))
                .signatory("Birthe Vestergaard", "Formand")
                .signatory("René Bjerre", "Næstformand")
                .build();
    }

    // ------------------------------------------------------------------ 02: two senders, quoted minutes

    /** Two senders answering together with excerpts of the minutes of their meetings. */
    public static HearingStatement schoolStructure() {
        return HearingStatement.builder()
                .sender("Skoleledelsen på Kirkebakke Skole", SenderKind.OTHER)
                .sender("LokalMED på Kirkebakke Skole", SenderKind.EMPLOYEE_COMMITTEE)
                .recipient("Børne- og Skoleudvalget")
                .hearing(new HearingReference("Forslag til ny skolestruktur i Lindå Kommune",
                        MUNICIPALITY + ", Børne- og Skoleudvalget", "26/00387", LocalDate.of(2026, 4, 24)))
                .title("Tilbagemelding på forslag til ny skolestruktur fra skoleledelsen og LokalMED på "
                        + "Kirkebakke Skole")
                .position(Position.CONCERN)
                .paragraph("Skoleledelsen og LokalMED har drøftet forslaget hver for sig. Vi sender uddrag af "
                        + "begge referater som vores fælles tilbagemelding.")
                .body(Quotation.of("Referat fra skoleledelsens møde den 13. april 2026",
                        "Forslaget blev gennemgået, herunder udvalgets ønske om at samle udskolingen for "
                                + "Kirkebakke og Engholm på Engholm Skole fra skoleåret 2027/28.",
                        "Ledelsen kan se de faglige fordele ved større årgange i udskolingen: flere valgfag, "
                                + "bedre mulighed for linjefagsdækning og et større fagligt miljø for lærerne.",
                        "Det blev drøftet, at skolevejen for eleverne fra Kirkebakke bliver op til 9 km, og at "
                                + "en del af strækningen langs Møllevej ikke har cykelsti. Forslaget forudsætter "
                                + "skolebus, men siger ikke, hvor ofte den skal køre.",
                        "Ledelsen ønsker, at overgangen sker over to skoleår, så de nuværende 6. klasser kan "
                                + "afslutte mellemtrinnet på Kirkebakke."))
                .body(Quotation.of("Referat fra LokalMED-mødet den 15. april 2026",
                        "Forslaget er kort, men konsekvenserne for personalet er store. Omkring en tredjedel af "
                                + "lærerne underviser i dag mest i udskolingen.",
                        "Medarbejdersiden ønsker et klart svar på, om lærerne følger med eleverne til Engholm, "
                                + "eller om der bliver tale om omplaceringer på tværs af skolerne. Usikkerheden "
                                + "påvirker allerede arbejdsmiljøet.",
                        "LokalMED bemærker, at Kirkebakke efter forslaget bliver en skole med 0.–6. klasse og "
                                + "ca. 240 elever. Med det elevtal kan det blive svært at fastholde SFO'ens "
                                + "nuværende åbningstider.",
                        "LokalMED bakker op om målet om et stærkere fagligt miljø i udskolingen, men kan ikke "
                                + "anbefale forslaget i sin nuværende form, før spørgsmålene om skolevej og "
                                + "personale er afklaret."))
                .point(new Point("Skolevejen bliver op til 9 km, delvis uden cykelsti, og skolebussens "
                        + "køreplan er ikke beskrevet.", Stance.CONCERN, "Skolevej og transport", "side 7"))
                .point("Overgangen bør ske over to skoleår.", Stance.PROPOSAL, "Tidsplan")
                .point("Følger lærerne med eleverne til Engholm Skole?", Stance.QUESTION, "Personale")
                .point(new Point("Større årgange giver et stærkere fagligt miljø i udskolingen.",
                        Stance.SUPPORT, "Fagligt miljø", "side 4"))
                .date(LocalDate.of(2026, 4, 20))
                .build();
    }

    // ------------------------------------------------------------------ 03: nested annexes

    private static final HearingReference LIBRARY_HEARING = new HearingReference(
            "Forslag om nye åbningstider og udvidet selvbetjening på bibliotekerne",
            MUNICIPALITY + ", Kultur- og Fritidsudvalget", "26/02210", LocalDate.of(2026, 5, 29));

    /** A HovedMED statement whose Bilag holds the statements of its LokalMED committees. */
    public static HearingStatement libraryOpeningHours() {
        return HearingStatement.builder()
                .letterhead("LINDÅ KOMMUNE", "Kultur- og Fritidsforvaltningen", "Sekretariatet for MED og HR")
                .sender("HovedMED for Kultur og Fritid", SenderKind.EMPLOYEE_COMMITTEE)
                .recipient("Kultur- og Fritidsudvalget")
                .hearing(LIBRARY_HEARING)
                .title("HovedMEDs høringssvar på forslaget om nye åbningstider på bibliotekerne")
                .position(Position.SUPPORT_WITH_REMARKS)
                .paragraph("HovedMED har behandlet forslaget på sit møde den 26. maj 2026 med udgangspunkt i "
                        + "LokalMED'ernes høringssvar, som er vedlagt som bilag.")
                .heading("Udvidet selvbetjening")
                .paragraph("HovedMED støtter, at alle fem biblioteker får selvbetjent åbent fra kl. 7 til 22 "
                        + "alle ugens dage. Det giver borgerne adgang til bøger, studiepladser og mødelokaler på "
                        + "tidspunkter, hvor bibliotekerne i dag er lukkede.")
                .heading("Færre betjente timer på lokalbibliotekerne")
                .paragraph("Forslaget nedsætter den betjente åbningstid på lokalbibliotekerne fra 40 til 28 timer "
                        + "om ugen. HovedMED finder, at de betjente timer skal lægges, hvor borgerne har mest brug "
                        + "for dem, og peger på:")
                .body(BulletList.of(
                        "eftermiddagene, hvor skoleelever og forældre med små børn kommer,",
                        "én aften om ugen med betjening til borgere, der arbejder i dagtimerne,",
                        "faste tider for hjælp til digital post og MitID, som i dag giver de længste køer."))
                .heading("Tryghed og arbejdsmiljø")
                .paragraph("Medarbejderne skal ikke alene kunne tilkaldes i de selvbetjente timer. HovedMED "
                        + "forventer, at forvaltningen laver en beredskabsplan, før de nye åbningstider træder i "
                        + "kraft, og at den drøftes i LokalMED'erne.")
                .date(LocalDate.of(2026, 5, 27))
                .signatory("Tina Mørup", "Formand")
                .signatory("Bjarne Rosenkilde", "Næstformand")
                .annex(new Annex("Høringssvar fra LokalMED'erne",
                        List.of(Paragraph.of("Nedenfor følger høringssvarene fra LokalMED'erne på "
                                + "bibliotekerne, i Borgerservice, på Bogbussen og i Kulturhuset Remisen.")),
                        List.of(
                                mainLibrary(),
                                localLibraries(),
                                citizenService(),
                                titleOnly("LokalMED for Bogbussen og Opsøgende Tjenester",
                                        "Høringssvar fra Bogbussen"),
                                cultureHouse())))
                .build();
    }

    private static HearingStatement mainLibrary() {
        return HearingStatement.builder()
                .sender("LokalMED på Hovedbiblioteket", SenderKind.EMPLOYEE_COMMITTEE)
                .title("Høringssvar fra Hovedbiblioteket")
                .position(Position.SUPPORT_WITH_REMARKS)
                .paragraph("LokalMED på Hovedbiblioteket har gode erfaringer med selvbetjent åbent om morgenen "
                        + "og ser frem til, at ordningen udvides.")
                .heading("Rengøring og oprydning")
                .paragraph("Flere timer med åbent betyder mere slid. Rengøringen skal tilpasses, så "
                        + "medarbejderne ikke starter dagen med at rydde op efter aftenens brugere.")
                .heading("Kameraer og adgangskontrol")
                .paragraph("Før de selvbetjente timer udvides, ønsker vi:")
                .body(BulletList.of(
                        "en gennemgang af kameraovervågningen i alle publikumsrum,",
                        "klare regler for, hvem der ser optagelserne og hvornår,",
                        "adgangskontrol med sundhedskort også ved indgangen fra parkeringskælderen."))
                .build();
    }

    /** A LokalMED statement with a Bilag of its own: the answers of the branches it covers. */
    private static HearingStatement localLibraries() {
        return HearingStatement.builder()
                .sender("LokalMED for Lokalbibliotekerne", SenderKind.EMPLOYEE_COMMITTEE)
                .title("Høringssvar fra Lokalbibliotekerne")
                .position(Position.CONCERN)
                .paragraph("Lokalbibliotekerne rammes hårdest af forslaget. Med 28 betjente timer om ugen vil der "
                        + "på de mindste biblioteker kun være én medarbejder på arbejde ad gangen.")
                .paragraph("LokalMED ønsker, at ingen medarbejder er alene med publikum i mere end to timer i "
                        + "træk, og at der altid er en kollega, som kan tilkaldes.")
                .paragraph("Hvert lokalbibliotek har drøftet forslaget på et personalemøde. Deres "
                        + "tilbagemeldinger er vedlagt.")
                .annex(new Annex("Tilbagemeldinger fra lokalbibliotekerne", List.of(), List.of(
                        HearingStatement.builder()
                                .sender("Personalet på Vestby Bibliotek", SenderKind.OTHER)
                                .title("Vestby Bibliotek")
                                .paragraph("Borgerne i Vestby bruger især biblioteket om lørdagen. Vi foreslår, "
                                        + "at lørdagens betjente åbningstid bevares og i stedet lukkes for "
                                        + "betjening mandag formiddag.")
                                .point("Lørdagens betjente åbningstid bør bevares.", Stance.PROPOSAL,
                                        "Betjent åbningstid")
                                .build(),
                        HearingStatement.builder()
                                .sender("Personalet på Ågård Bibliotek", SenderKind.OTHER)
                                .title("Ågård Bibliotek")
                                .position(Position.NO_REMARKS)
                                .paragraph("Personalet på Ågård Bibliotek har ingen bemærkninger ud over "
                                        + "LokalMED's.")
                                .build())))
                .build();
    }

    private static HearingStatement citizenService() {
        return HearingStatement.builder()
                .sender("LokalMED i Borgerservice", SenderKind.EMPLOYEE_COMMITTEE)
                .title("Borgerservice – høringssvar vedr. bibliotekernes åbningstider")
                .position(Position.SUPPORT_WITH_REMARKS)
                .paragraph("Borgerservice deler lokaler med tre af bibliotekerne. Vi støtter forslaget, men beder "
                        + "om, at Borgerservices tidsbestilling og bibliotekernes betjente timer koordineres, så "
                        + "borgerne kan klare begge dele ved samme besøg.")
                .paragraph("Borgerservice har brug for at kende de endelige åbningstider senest 1. august 2026 "
                        + "for at kunne tilrettelægge vagtplanerne for efteråret.")
                .date(LocalDate.of(2026, 5, 19))
                .signatory("Lisbeth Hald", "Formand")
                .signatory("Omar Khalil", "Næstformand")
                .build();
    }

    private static HearingStatement cultureHouse() {
        return HearingStatement.builder()
                .sender("LokalMED i Kulturhuset Remisen", SenderKind.EMPLOYEE_COMMITTEE)
                .title("Kulturhuset Remisen – høringssvar")
                .position(Position.NO_REMARKS)
                .paragraph("LokalMED i Kulturhuset Remisen har ingen bemærkninger til forslaget.")
                .build();
    }

    // ------------------------------------------------------------------ 04: association, figure and box

    /** An association's statement with a figure, a table, a pull-quote and a box of proposals. */
    public static HearingStatement trafficPlan() {
        return HearingStatement.builder()
                .sender(new Sender("Foreningen Sikre Skoleveje i Lindå", SenderKind.ASSOCIATION,
                        new Address("Skolegade 11", "9990", "Lindå")))
                .recipient("Teknik- og Trafikudvalget")
                .hearing(new HearingReference(
                        "Forslag til Trafikplan 2026–2030 med regulativ for midlertidig trafikregulering",
                        MUNICIPALITY + ", Teknik- og Trafikudvalget", "26/03105", LocalDate.of(2026, 6, 12)))
                .title("Høringssvar om Trafikplan 2026–2030 og regulativet for midlertidig trafikregulering")
                .position(Position.CONCERN)
                .paragraph("Foreningen Sikre Skoleveje i Lindå samler forældre fra byens fem skoledistrikter. Vi "
                        + "har læst forslaget med ét spørgsmål for øje: Kan et barn på ti år cykle sikkert til "
                        + "skole, mens planen gennemføres?")
                .heading("Vejarbejdet i midtbyen")
                .paragraph("Forslaget samler renoveringen af Stationsvej, Bredgade og broen over Lindå i én etape "
                        + "fra uge 33 til uge 44 i 2026. Det er netop den periode, hvor skoleåret begynder, og "
                        + "hvor de nye 0.-klasser og deres forældre skal lære skolevejen at kende.")
                .body(new Figure(roadworksTimeline(),
                        "Vejarbejdet uge for uge efter forslaget: Stationsvej (rød), Bredgade (orange) og broen "
                                + "over Lindå (lilla). Den lodrette streg markerer skolestart i uge 33.",
                        "Tidslinje for uge 30 til 46: Stationsvej er spærret i uge 33 til 40, Bredgade i uge 36 "
                                + "til 44 og broen i uge 41 til 42. Skolestart i uge 33 er markeret med en "
                                + "lodret streg."))
                .body(new Table(
                        List.of("Uge", "Spærret strækning", "Omkørsel for cyklister", "Berørte skoler"),
                        List.of(
                                List.of("33–35", "Stationsvej", "Ad Bredgade, blandet trafik", "Østskolen"),
                                List.of("36–40", "Stationsvej og Bredgade", "Ad Ringvejen, uden cykelsti",
                                        "Østskolen, Bakkeskolen"),
                                List.of("41–42", "Bredgade og broen", "Ad stien langs åen, uden belysning",
                                        "Bakkeskolen, Åskolen"),
                                List.of("43–44", "Bredgade", "Ad Stationsvej", "Bakkeskolen"))))
                .body(new PullQuote("Ingen omkørsel for skolebørn bør føre ad en vej uden cykelsti."))
                .heading("Regulativet for midlertidig trafikregulering")
                .paragraph("Efter § 3, stk. 7, i udkastet til regulativ kan cyklister henvises til ”en egnet "
                        + "alternativ rute”, uden at det står, hvad der gør en rute egnet. Vi foreslår, at en "
                        + "omkørsel på en skolevej skal have cykelsti eller fysisk adskilt cykelbane, belysning og "
                        + "en hastighedsgrænse på højst 40 km/t.")
                .paragraph("§ 5, stk. 2, lader entreprenøren ændre skiltningen med 24 timers varsel. Det er for "
                        + "kort tid til, at skolerne kan nå at informere forældrene. Vi foreslår et varsel på "
                        + "mindst fem hverdage, når en skolevej berøres.")
                .body(ProposalBox.of("Forslag", "Foreningen foreslår, at Teknik- og Trafikudvalget:",
                                "deler vejarbejdet i to etaper, så Stationsvej og Bredgade ikke er spærret "
                                        + "samtidig,",
                                "skriver krav til cykelomkørsler på skoleveje ind i § 3, stk. 7,",
                                "forlænger varslet i § 5, stk. 2, til fem hverdage, når en skolevej berøres,",
                                "inviterer skolebestyrelserne til et møde om trafiksikkerheden, før arbejdet går "
                                        + "i gang."))
                .paragraph("Vi bakker op om planens mål om, at flere børn cykler til skole i 2030 – men målet nås "
                        + "kun, hvis forældrene tør lade børnene cykle, også mens byen bygges om.")
                .point(new Point("Vejarbejdet falder sammen med skolestart, og to hovedruter er spærret samtidig.",
                        Stance.CONCERN, "Vejarbejde og skoleveje", "side 21"))
                .point(new Point("Regulativet bør stille krav til en egnet omkørsel for cyklister på skoleveje.",
                        Stance.PROPOSAL, "Regulativ", "§ 3, stk. 7"))
                .point(new Point("Varslet for ændret skiltning bør være mindst fem hverdage, når en skolevej "
                        + "berøres.", Stance.PROPOSAL, "Regulativ", "§ 5, stk. 2"))
                .point(new Point("Foreningen støtter målet om, at flere børn cykler til skole i 2030.",
                        Stance.SUPPORT, "Planens mål", "side 5"))
                .place("Lindå")
                .date(LocalDate.of(2026, 6, 8))
                .closing("Med venlig hilsen")
                .signatory("Camilla Lund Rask", "Formand")
                .signatory("Peter Nørgaard", "Kasserer")
                .build();
    }

    // ------------------------------------------------------------------ helpers

    /** A statement that is nothing but a sender and a title, as some committees send them. */
    private static HearingStatement titleOnly(String sender, String title) {
        return HearingStatement.builder()
                .sender(sender, SenderKind.EMPLOYEE_COMMITTEE)
                .title(title)
                .build();
    }


    /** One phase of the road works: a coloured bar from one week to another, both included. */
    private record Phase(int fromWeek, int toWeek, Color colour) {
    }

    /**
     * Draws the road works week by week, weeks 30–46, one lane per stretch of road, with a vertical
     * line at the start of the school year. No text: the caption and alt text carry the words.
     */
    private static Image roadworksTimeline() {
        int firstWeek = 30;
        int lastWeek = 46;
        int schoolStart = 33;
        List<Phase> lanes = List.of(
                new Phase(33, 40, new Color(0xC0392B)),
                new Phase(36, 44, new Color(0xE67E22)),
                new Phase(41, 42, new Color(0x8E44AD)));

        int columnWidth = 36;
        int laneHeight = 44;
        int width = (lastWeek - firstWeek + 1) * columnWidth;
        int height = lanes.size() * laneHeight + 24;
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);

            g.setColor(new Color(0xE3E3E3));
            for (int week = firstWeek; week <= lastWeek + 1; week++) {
                int x = (week - firstWeek) * columnWidth;
                g.drawLine(x, 0, x, height);
            }

            for (int lane = 0; lane < lanes.size(); lane++) {
                Phase phase = lanes.get(lane);
                g.setColor(phase.colour());
                g.fillRoundRect((phase.fromWeek() - firstWeek) * columnWidth + 3, 12 + lane * laneHeight,
                        (phase.toWeek() - phase.fromWeek() + 1) * columnWidth - 6, laneHeight - 14, 10, 10);
            }

            g.setColor(new Color(0x1F2D3D));
            g.setStroke(new BasicStroke(3f));
            int x = (schoolStart - firstWeek) * columnWidth;
            g.drawLine(x, 0, x, height);
        } finally {
            g.dispose();
        }
        return Image.of(png(canvas), "roadworks timeline");
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
