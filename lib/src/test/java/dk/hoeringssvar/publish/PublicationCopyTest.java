package dk.hoeringssvar.publish;

import static dk.hoeringssvar.publish.PlantedData.ORDINARY;
import static dk.hoeringssvar.publish.PlantedData.PLANTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.BundleItem;
import dk.hoeringssvar.bundle.CommitteePacket;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.testing.Statements;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Publication copies read back as a reader of the published file would: none of the planted personal
 * data anywhere (text, metadata, bookmarks, XMP, link targets), the ordinary numbers untouched, and the
 * internal copy still whole.
 */
class PublicationCopyTest {

    private static final DocumentEngine ENGINE = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build();
    private static final DocumentEngine PUBLISHING = DocumentEngine.builder().clock(Statements.FIXED_CLOCK)
            .publication(PlantedData.policy()).build();

    private static String everything(OutputFormat format, byte[] bytes) throws Exception {
        return switch (format) {
            case PDF -> ReadBack.pdf(bytes);
            case DOCX -> ReadBack.docx(bytes);
            case HTML -> new String(bytes, StandardCharsets.UTF_8);
        };
    }

    private static byte[] render(DocumentEngine engine, Object document, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (document) {
            case HearingStatement s -> engine.render(s, format, out);
            case AnnexBundle b -> engine.render(b, format, out);
            case CommitteePacket p -> engine.render(p, format, out);
            default -> throw new IllegalArgumentException(String.valueOf(document));
        }
        return out.toByteArray();
    }

    @Test
    void aPublishedStatementHoldsNoneOfThePlantedDataInAnyFormat() throws Exception {
        for (OutputFormat format : OutputFormat.values()) {
            String published = everything(format, render(PUBLISHING, PlantedData.citizen(), format));
            assertThat(ReadBack.foundIn(published, PLANTED)).as(format.name()).isEmpty();
            assertThat(published).as(format.name()).contains("[fjernet]", "12.345.678 kr.", "2024-012345",
                    "Inger Bøgh Thomsen", "7993");
        }
    }

    @Test
    void theInternalCopyStillHoldsIt() throws Exception {
        String internal = everything(OutputFormat.PDF, render(ENGINE, PlantedData.citizen(), OutputFormat.PDF));
        assertThat(ReadBack.foundIn(internal, PLANTED)).contains("010203-1234", "inger.thomsen@example.dk",
                "Præstevænget 11", "1234567890", "Karen Mortensen");
        assertThat(internal).doesNotContain("[fjernet]");
    }

    @Test
    void aPublishedBundleAndPacketHoldNoneOfItInPdfOrDocxAndKeepTheOrdinaryNumbers() throws Exception {
        for (Object document : List.of(PlantedData.bundle(), PlantedData.packet())) {
            for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.DOCX)) {
                String published = everything(format, render(PUBLISHING, document, format));
                String what = document.getClass().getSimpleName() + " " + format;
                assertThat(ReadBack.foundIn(published, PLANTED)).as(what).isEmpty();
                assertThat(ReadBack.foundIn(published, ORDINARY)).as(what).containsExactlyElementsOf(ORDINARY);
            }
        }
    }

    @Test
    void aPrivateSenderKeepsNamePostalCodeAndCityAndAnOrganisationItsDetails() {
        AnnexBundle copy = ENGINE.publicationCopy(PlantedData.bundle()).document();
        HearingStatement citizen = ((BundleItem.Statement) copy.items().get(0)).statement();
        assertThat(citizen.senders().get(0).name()).isEqualTo("Inger Bøgh Thomsen");
        assertThat(citizen.senders().get(0).address().street()).isNull();
        assertThat(citizen.senders().get(0).address().postalCode()).isEqualTo("7993");
        assertThat(citizen.senders().get(0).address().city()).isEqualTo("Vestby");
        assertThat(citizen.letterhead()).containsExactly("Inger Bøgh Thomsen · [fjernet] · 7993 Vestby",
                "[fjernet] · [fjernet]");
        HearingStatement organisation = ((BundleItem.Statement) copy.items().get(1)).statement();
        assertThat(organisation.senders().get(0).address().street()).isEqualTo("Foreningsvej 4");
        assertThat(organisation.letterhead()).isEqualTo(PlantedData.organisation().letterhead());
        BundleItem.Received received = (BundleItem.Received) copy.items().get(2);
        assertThat(received.document().fileName()).isEqualTo("svar fra [fjernet].docx");
        assertThat(received.document().sender().address().street()).isNull();
    }

    @Test
    void theLogListsEveryRemovalWithItsPlaceAndRuleAndWhatToCheckByEye() throws Exception {
        RedactionLog log = PUBLISHING.publicationCopy(PlantedData.packet()).log();
        assertThat(log.rules()).contains("cpr", "e-mail", "telefon", "konto", "adresse");
        assertThat(log.redactions()).anySatisfy(r -> {
            assertThat(r.document()).isEqualTo("Bilag 1 · Lørdagsåbent i Vestby (tlf. 4055 6677)");
            assertThat(r.field()).isEqualTo("senders[0].address.street");
            assertThat(r.rule()).isEqualTo("adresse");
            assertThat(r.removed()).isEqualTo("Præstevænget 11");
        });
        assertThat(log.redactions()).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("body[1]");
            assertThat(r.removed()).isEqualTo("010203-1234");
        });
        assertThat(log.redactions()).anySatisfy(r -> {
            assertThat(r.field()).startsWith("«svar fra [fjernet].docx», afsnit ");
            assertThat(r.removed()).isEqualTo("0102" + "03-1234");
        });
        assertThat(log.notices()).anySatisfy(n -> {
            assertThat(n.document()).startsWith("Bilag 2");
            assertThat(n.field()).isEqualTo("body[1]");
            assertThat(n.message()).contains("billede");
        });
        JsonNode json = new ObjectMapper().readTree(log.toJson());
        assertThat(json.get("redactions").size()).isEqualTo(log.redactions().size());
        assertThat(json.get("redactions").get(0).get("removed").asText()).isNotBlank();
    }

    @Test
    void theLogRendersAsAPageOfItsOwnWithTheRemovedText() throws Exception {
        RedactionLog log = PUBLISHING.publicationCopy(PlantedData.citizen()).log();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ENGINE.render(log, OutputFormat.PDF, out);
        String text = ReadBack.pdf(out.toByteArray());
        assertThat(text).contains("Redaktionslog", "senders[0].address.street", "Præstevænget 11", "cpr");
    }

    @Test
    void thePublishingEngineHandsEachRendersLogToTheListener() throws Exception {
        List<RedactionLog> logs = new ArrayList<>();
        DocumentEngine engine = DocumentEngine.builder().clock(Statements.FIXED_CLOCK)
                .publication(PlantedData.policy(), logs::add).build();
        byte[] pdf = render(engine, PlantedData.citizen(), OutputFormat.PDF);
        assertThat(ReadBack.foundIn(ReadBack.pdf(pdf), PLANTED)).isEmpty();
        assertThat(logs).hasSize(1);
        assertThat(logs.get(0).redactions()).hasSizeGreaterThan(20);
        assertThat(engine.publishes()).isTrue();
        assertThat(ENGINE.publishes()).isFalse();
    }

    @Test
    void aCopyOfACopyRemovesNothingMore() {
        PublicationCopy<CommitteePacket> once = PUBLISHING.publicationCopy(PlantedData.packet());
        PublicationCopy<CommitteePacket> twice = PUBLISHING.publicationCopy(once.document());
        assertThat(twice.log().redactions()).isEmpty();
        assertThat(twice.document().summary()).isEqualTo(once.document().summary());
        // Statements are equal; a received PDF is saved anew, so only its bytes may differ.
        assertThat(twice.document().bundle().items().stream().filter(i -> i instanceof BundleItem.Statement).toList())
                .isEqualTo(once.document().bundle().items().stream().filter(i -> i instanceof BundleItem.Statement)
                        .toList());
    }
}
