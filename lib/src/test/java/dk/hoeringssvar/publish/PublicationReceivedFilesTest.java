package dk.hoeringssvar.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.BundleItem;
import dk.hoeringssvar.bundle.ReceivedDocument;
import dk.hoeringssvar.i18n.LabelLanguage;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Sender;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.publish.internal.RedactionFixtures;
import dk.hoeringssvar.testing.Statements;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Received files in a publication bundle: cleaned in the file, or left out by name, or (strict) an error. */
class PublicationReceivedFilesTest {

    private static AnnexBundle bundleWithScan() throws Exception {
        return new AnnexBundle(PlantedData.hearing(), List.of(
                new BundleItem.Statement(PlantedData.organisation()),
                new BundleItem.Received(new ReceivedDocument("indscannet-brev.pdf", RedactionFixtures.scan(), "Brev fra en borger",
                        Sender.of("Jonna Lind", SenderKind.CITIZEN)))));
    }

    @Test
    void aFileThatCannotBeCleanedIsLeftOutAndThePageInItsPlaceNamesIt() throws Exception {
        DocumentEngine engine = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build();
        PublicationCopy<AnnexBundle> copy = engine.publicationCopy(bundleWithScan());
        BundleItem item = copy.document().items().get(1);
        assertThat(item).isInstanceOf(BundleItem.Statement.class);
        HearingStatement placeholder = ((BundleItem.Statement) item).statement();
        assertThat(placeholder.title()).isEqualTo("Brev fra en borger (ikke offentliggjort)");
        assertThat(placeholder.senders().get(0).name()).isEqualTo("Jonna Lind");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        engine.render(copy.document(), OutputFormat.PDF, out);
        assertThat(ReadBack.pdf(out.toByteArray())).contains("«indscannet-brev.pdf»",
                "ikke med i den offentlige udgave");
        assertThat(copy.log().notices()).anySatisfy(n -> {
            assertThat(n.field()).isEqualTo("«indscannet-brev.pdf»");
            assertThat(n.message()).isEqualTo("Filen er ikke med i den offentlige udgave: side 1 har intet tekstlag "
                    + "(en scanning?); personoplysninger på den kan ikke findes");
        });
    }

    @Test
    void whyAFileIsLeftOutIsSaidInTheEnginesLanguageAndInEnglishInTheStrictError() throws Exception {
        DocumentEngine english = DocumentEngine.builder().clock(Statements.FIXED_CLOCK)
                .language(LabelLanguage.ENGLISH).build();
        assertThat(english.publicationCopy(bundleWithScan()).log().notices()).anySatisfy(n -> assertThat(n.message())
                .endsWith("page 1 has no text layer (a scan?); personal data in it cannot be found"));
        DocumentEngine strictDanish = DocumentEngine.builder().clock(Statements.FIXED_CLOCK)
                .publication(PublicationPolicy.builder().strict(true).build()).build();
        assertThatThrownBy(() -> strictDanish.publicationCopy(bundleWithScan()))
                .isInstanceOf(PublicationException.class)
                .hasMessageContaining("page 1 has no text layer");
    }

    @Test
    void strictModeFailsNamingTheFileAndWritesNothing(@TempDir Path dir) throws Exception {
        DocumentEngine engine = DocumentEngine.builder().clock(Statements.FIXED_CLOCK)
                .publication(PublicationPolicy.builder().strict(true).build()).build();
        Path target = dir.resolve("offentlig.pdf");
        AnnexBundle bundle = bundleWithScan();
        assertThatThrownBy(() -> engine.render(bundle, OutputFormat.PDF, target, dk.hoeringssvar.RenderProgress.NONE))
                .isInstanceOf(PublicationException.class)
                .hasMessageContaining("indscannet-brev.pdf").hasMessageContaining("strict");
        assertThat(target).doesNotExist();
    }

    @Test
    void theMarkInAReceivedPdfIsTheEnginesLabel() throws Exception {
        DocumentEngine english = DocumentEngine.builder().clock(Statements.FIXED_CLOCK)
                .language(LabelLanguage.ENGLISH).build();
        AnnexBundle bundle = new AnnexBundle(PlantedData.hearing(), List.of(new BundleItem.Received(
                new ReceivedDocument("ole.pdf", PlantedData.receivedPdf(), "Letter", Sender.of("Ole", SenderKind.CITIZEN)))));
        BundleItem.Received cleaned = (BundleItem.Received) english.publicationCopy(bundle).document().items().get(0);
        String text = ReadBack.pdf(cleaned.document().content());
        assertThat(text).contains("[removed]").doesNotContain("[fjernet]");
        assertThat(ReadBack.foundIn(text, List.of("ole.nielsen@example.net", "150760 1235", "26 37 48 59"))).isEmpty();
    }
}
