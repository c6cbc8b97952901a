package dk.hoeringssvar.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.BundleItem;
import dk.hoeringssvar.bundle.CommitteePacket;
import dk.hoeringssvar.bundle.ReceivedDocument;
import dk.hoeringssvar.testing.Statements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleJsonTest {

    private final HoeringssvarJson json = new HoeringssvarJson();

    @TempDir
    Path dir;

    private static final String HEARING = """
            "hearing": {"title": "Forslag til beskæftigelsesplan 2016", "committee": "Beskæftigelsesudvalget",
                        "caseNumber": "2015-0417", "start": "2015-10-20", "deadline": "2015-11-12",
                        "consultedParties": ["Ældrerådet", "Dansk Metal"]}""";

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(dir.resolve("svar"));
        Files.createDirectories(dir.resolve("indkomne"));
        json.writeStatement(Statements.compact(), dir.resolve("svar/01.json"));
        Files.write(dir.resolve("indkomne/metal.pdf"),
                DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build().render(Statements.compact(), OutputFormat.PDF));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aBundleReadsStatementsInlineAndByFileAndReceivedFiles() throws IOException {
        Path file = write("bundle.json", "{" + HEARING + """
                , "items": [
                  {"statementFile": "svar/01.json"},
                  {"statement": {"senders": [{"name": "Ældrerådet", "kind": "association"}], "title": "Ældrerådets svar",
                                 "position": "no-remarks"}},
                  {"file": "indkomne/metal.pdf", "title": "Høringssvar fra Dansk Metal",
                   "sender": {"name": "Dansk Metal", "kind": "union"}}
                ]}""");
        AnnexBundle bundle = json.readBundle(file);
        assertThat(bundle.hearing().consultedParties()).containsExactly("Ældrerådet", "Dansk Metal");
        assertThat(bundle.items()).hasSize(3);
        assertThat(((BundleItem.Statement) bundle.items().get(0)).statement()).isEqualTo(Statements.compact());
        assertThat(((BundleItem.Received) bundle.items().get(2)).document().format()).isEqualTo(ReceivedDocument.Format.PDF);
    }

    @Test
    void aPacketReadsItsBundleByFileAndAppliesCommentsAndChanges() throws IOException {
        write("bundle.json", "{" + HEARING + ", \"items\": [{\"statementFile\": \"svar/01.json\"}]}");
        Path file = write("packet.json", """
                {"committee": "Beskæftigelsesudvalget", "meetingDate": "2015-11-26", "itemNumber": "7",
                 "itemTitle": "Beskæftigelsesplan 2016", "caseNumber": "2015-0417",
                 "recommendation": ["at udvalget godkender planen."],
                 "background": [{"type": "paragraph", "text": "Planen var i høring."}],
                 "bundleFile": "bundle.json",
                 "comments": {"1-2": "Listen udvides."}, "changes": "Side 9 præciseres."}""");
        CommitteePacket packet = json.readPacket(file);
        assertThat(packet.summary().points().get(1).comment()).isEqualTo("Listen udvides.");
        assertThat(packet.summary().changes()).isEqualTo("Side 9 præciseres.");
        assertThat(packet.bundle().items()).hasSize(1);
    }

    @Test
    void errorsNameTheFileAndThePath() throws IOException {
        Path missing = write("a.json", "{" + HEARING + ", \"items\": [{\"statementFile\": \"svar/findes-ikke.json\"}]}");
        assertThatThrownBy(() -> json.readBundle(missing)).isInstanceOf(JsonFormatException.class)
                .hasMessage(missing + ": $.items[0].statementFile: no such file \"svar/findes-ikke.json\"");

        Path outside = write("b.json", "{" + HEARING + ", \"items\": [{\"file\": \"../x.pdf\", \"title\": \"T\", "
                + "\"sender\": {\"name\": \"A\", \"kind\": \"citizen\"}}]}");
        assertThatThrownBy(() -> json.readBundle(outside))
                .hasMessage(outside + ": $.items[0].file: \"../x.pdf\" must be a path inside the JSON file's folder");

        Path both = write("c.json", "{" + HEARING + ", \"items\": [{\"statementFile\": \"svar/01.json\", "
                + "\"file\": \"indkomne/metal.pdf\"}]}");
        assertThatThrownBy(() -> json.readBundle(both))
                .hasMessage(both + ": $.items[0]: an item needs exactly one of \"statement\", \"statementFile\" or \"file\"");

        Path typo = write("d.json", "{" + HEARING + ", \"itemz\": []}");
        assertThatThrownBy(() -> json.readBundle(typo)).hasMessageStartingWith(typo + ": $.itemz: unknown field \"itemz\"");

        Path noHearing = write("e.json", "{\"items\": [{\"statementFile\": \"svar/01.json\"}]}");
        assertThatThrownBy(() -> json.readBundle(noHearing)).hasMessage(noHearing + ": $.hearing: is required");

        Path badStatement = write("svar/02.json", "{\"senders\": [], \"title\": \"T\"}");
        Path refersToBad = write("f.json", "{" + HEARING + ", \"items\": [{\"statementFile\": \"svar/02.json\"}]}");
        assertThatThrownBy(() -> json.readBundle(refersToBad))
                .hasMessageStartingWith(badStatement + ": $.senders: needs at least one entry");

        write("bundle.json", "{" + HEARING + ", \"items\": [{\"statementFile\": \"svar/01.json\"}]}");
        Path unknownComment = write("g.json", """
                {"committee": "U", "meetingDate": "2015-11-26", "itemNumber": "7", "itemTitle": "T",
                 "recommendation": ["at …"], "bundleFile": "bundle.json", "comments": {"9-9": "x"}}""");
        assertThatThrownBy(() -> json.readPacket(unknownComment))
                .hasMessage(unknownComment + ": $.comments: no point with id 9-9");
    }
}
