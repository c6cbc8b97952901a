package dk.hoeringssvar.publish.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.publish.PersonalData;
import dk.hoeringssvar.publish.PublicationPolicy;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextFinderTest {

    private static final TextFinder GENERAL = TextFinder.general(PublicationPolicy.danish());
    private static final TextFinder CITIZEN = TextFinder.privateSender(PublicationPolicy.danish(),
            List.of("Præstevænget 11"));

    private static List<String> found(TextFinder finder, String text) {
        return finder.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    private static List<String> rules(TextFinder finder, String text) {
        return finder.find(text).stream().map(Span::rule).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010203-1234", "0102031234", "010203 1234", "311299-4321", "150760-1235"})
    void cprNumbersWithAndWithoutTheDashAreFoundWithoutAModulus11Check(String cpr) {
        String text = "Mit cpr-nr. er " + cpr + ", hvis I skal bruge det.";
        assertThat(found(GENERAL, text)).containsExactly(cpr);
        assertThat(rules(GENERAL, text)).containsExactly("cpr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jens.hansen@example.dk", "inger_b.thomsen+hoering@post.tele.dk", "søren@bøgh.dk"})
    void emailAddressesAreFound(String mail) {
        assertThat(found(GENERAL, "Skriv til " + mail + ".")).containsExactly(mail);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+45 12 34 56 78", "0045 22334455", "22 33 44 55", "2233 4455", "22334455", "+4522334455",
            "98-76-54-32"})
    void danishPhoneNumbersAreFound(String phone) {
        assertThat(found(GENERAL, "Ring på " + phone + " efter kl. 16.")).containsExactly(phone);
        assertThat(rules(GENERAL, "Ring på " + phone)).containsExactly("telefon");
    }

    @Test
    void accountNumbersAreFoundWithoutTheirKeyWords() {
        assertThat(found(GENERAL, "Beløbet kan sendes til reg.nr. 1234 konto 1234567890.")).containsExactly(
                "1234 konto 1234567890");
        assertThat(found(GENERAL, "Kontonr. 5470-0001234567")).containsExactly("5470-0001234567");
        assertThat(found(GENERAL, "IBAN DK50 0040 0440 1162 43")).containsExactly("DK50 0040 0440 1162 43");
        assertThat(rules(GENERAL, "Reg. 1234 kto. 987654")).containsExactly("konto");
    }

    /** The list of ordinary Danish numbers that must stay. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Mødet er den 12.03.2026 kl. 16.00.",
        "Høringsfristen er 29-05-2026.",
        "Datoen 2026-05-29 står i brevet.",
        "Budgettet er 12.345.678 kr. i 2027.",
        "Besparelsen er 2 400 000 kr. om året.",
        "Det koster 24000000 kr.",
        "Rammen er 1,6 mio. kr. i 2027 og 2,4 mio. kr. årligt fra 2028.",
        "Sagsnr. 27.00.00-P20-1-24 og sagsnr. 2024-012345.",
        "Vores sagsnr. er 24012345.",
        "J.nr. 20241234 blev oprettet.",
        "Jf. § 17, stk. 4, og § 2023 i loven.",
        "CVR-nr. 29189846 og EAN 5798000012345.",
        "Planen gælder 2024 2025 og 2026.",
        "Fra 2024-2025 og i årene 2026 2027.",
        "Der var 1.234 besøgende i uge 23 og 12 34 56 i alt.",
        "Telefontiden er 8-16 på hverdage, 10-14 lørdag.",
        "Version 2.3.4 af 01.02.2003 gælder.",
        "Postnummer 7993 Vestby og 2300 København S.",
    })
    void ordinaryNumbersStay(String text) {
        assertThat(GENERAL.find(text)).as(text).isEmpty();
    }

    @Test
    void aPrivateSendersStreetIsFoundAsTheirOwnAndByItsDanishEnding() {
        assertThat(found(CITIZEN, "Jeg bor på Præstevænget 11, 7993 Vestby, og min søster på Ny Vestergade 3, 2. th."))
                .containsExactly("Præstevænget 11", "Ny Vestergade 3, 2. th.");
        assertThat(found(CITIZEN, "præstevænget 11 ligger ved skolen")).containsExactly("præstevænget 11");
    }

    @Test
    void anOrganisationsTextKeepsItsStreets() {
        assertThat(GENERAL.find("Vi holder til på Vestergade 12 i Vestby.")).isEmpty();
    }

    @Test
    void townsAndYearsAreNotStreets() {
        assertThat(CITIZEN.find("Jeg har boet i Vestby 12 år og i Skovby i 2024.")).isEmpty();
    }

    @Test
    void ownRulesNamesAndExceptionsApply() {
        PublicationPolicy policy = PublicationPolicy.builder()
                .remove("sagsakt", "SA-\\d{6}")
                .removeNames("Jens Hansen")
                .keep("70 10 20 30")
                .build();
        TextFinder finder = TextFinder.general(policy);
        String text = "Jens hansen (SA-123456) ringede til 70 10 20 30, ikke til 22 33 44 55. Jens Hansens hund.";
        assertThat(found(finder, text)).containsExactly("Jens hansen", "SA-123456", "22 33 44 55");
        assertThat(rules(finder, text)).containsExactly("navn", "sagsakt", "telefon");
    }

    @Test
    void aKindLeftOutIsNotSearched() {
        TextFinder finder = TextFinder.general(PublicationPolicy.builder().without(PersonalData.PHONE).build());
        assertThat(finder.find("Ring på 22 33 44 55")).isEmpty();
        assertThat(finder.find("cpr 010203-1234")).hasSize(1);
    }

    @Test
    void overlappingFindsAreJoined() {
        PublicationPolicy policy = PublicationPolicy.builder().remove("kontakt", "kontakt: [^.]+").build();
        String text = "Min kontakt: 22 33 44 55 eller jens@example.dk. Tak.";
        assertThat(found(TextFinder.general(policy), text)).containsExactly("kontakt: 22 33 44 55 eller jens@example.dk");
    }

    @Test
    void badRulesAreRejectedNamingThem() {
        assertThatThrownBy(() -> PublicationPolicy.builder().remove("min regel", "(["))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("PublicationPolicy.remove[min regel]");
        assertThatThrownBy(() -> PublicationPolicy.builder().remove("tom", "x*"))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("matches empty text");
        assertThatThrownBy(() -> PublicationPolicy.builder().removeNames(" "))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("removeNames");
    }
}
