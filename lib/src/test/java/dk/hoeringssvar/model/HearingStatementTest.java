package dk.hoeringssvar.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HearingStatementTest {

    private static HearingStatement.Builder minimal() {
        return HearingStatement.builder().sender("HovedMED", SenderKind.EMPLOYEE_COMMITTEE).title("Høringssvar");
    }

    @Test
    void missingSenderIsRejectedWithTheFieldNamed() {
        assertThatThrownBy(() -> HearingStatement.builder().title("Høringssvar").build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("HearingStatement.senders")
                .extracting(e -> ((InvalidModelException) e).field()).isEqualTo("HearingStatement.senders");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t "})
    void blankTitleIsRejected(String title) {
        assertThatThrownBy(() -> minimal().title(title).build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("HearingStatement.title: must not be blank");
    }

    @Test
    void missingTitleIsRejected() {
        assertThatThrownBy(() -> HearingStatement.builder().sender("A", SenderKind.OTHER).build())
                .hasMessage("HearingStatement.title: is required");
    }

    @Test
    void verticalTabFromWordBecomesALineBreak() {
        Point point = new Point("Første linje\u000BAnden linje\r\nTredje\rFjerde", Stance.REMARK, "Tema", null);
        assertThat(point.text()).isEqualTo("Første linje\nAnden linje\nTredje\nFjerde");
    }

    @Test
    void tabBecomesASpace() {
        assertThat(TextRun.plain("a\tb").text()).isEqualTo("a b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\uFFFE"})
    void otherControlCharactersAreRejectedWithFieldAndPosition(String bad) {
        assertThatThrownBy(() -> minimal().title("Høring" + bad + "ssvar").build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith("HearingStatement.title: ")
                .hasMessageContaining("at index 6");
    }

    @Test
    void unpairedSurrogateIsRejected() {
        assertThatThrownBy(() -> new Signatory("Bo \uD83D Hansen", null))
                .hasMessageContaining("Signatory.name")
                .hasMessageContaining("unpaired surrogate U+D83D");
    }

    @Test
    void pairedSurrogatesAreKept() {
        assertThat(new Signatory("Bo 😀", null).name()).isEqualTo("Bo 😀");
    }

    @Test
    void blankOptionalTextBecomesAbsent() {
        HearingStatement s = minimal().recipient("  ").closing("").build();
        assertThat(s.recipient()).isNull();
        assertThat(s.closing()).isNull();
    }

    @Test
    void listsAreImmutableCopies() {
        List<String> lines = new java.util.ArrayList<>(List.of("Aarby Kommune"));
        HearingStatement s = new HearingStatement(List.of(Sender.of("A", SenderKind.OTHER)), null, lines, null, "T",
                null, null, null, null, null, null, null, null, null, null);
        lines.add("changed");
        assertThat(s.letterhead()).containsExactly("Aarby Kommune");
        assertThatThrownBy(() -> s.letterhead().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(s.body()).isEmpty();
        assertThat(s.signatureArrangement()).isEqualTo(SignatureArrangement.SIDE_BY_SIDE);
    }

    @Test
    void nullListElementIsRejectedWithIndex() {
        assertThatThrownBy(() -> new BodyBlock.BulletList(java.util.Arrays.asList(RichText.plain("a"), null)))
                .hasMessage("BulletList.items[1]: is required");
    }

    @Test
    void tableRowsMustMatchTheHeader() {
        assertThatThrownBy(() -> new BodyBlock.Table(List.of("A", "B"), List.of(List.of("1", "2"), List.of("3"))))
                .hasMessage("Table.rows[1]: has 1 cells, the header has 2");
    }

    @Test
    void headingLevelIsChecked() {
        assertThatThrownBy(() -> new BodyBlock.Heading(3, "x")).hasMessageStartingWith("Heading.level");
    }

    @Test
    void meetingTimesMustBeInOrder() {
        assertThatThrownBy(() -> new Meeting(LocalDate.of(2015, 11, 5), LocalTime.of(12, 0), LocalTime.of(11, 0),
                null, List.of(), List.of(), null, null))
                .hasMessage("Meeting.endTime: is before startTime");
    }

    @Test
    void figureNeedsAltText() {
        Image image = TestImages.png(4, 3);
        assertThatThrownBy(() -> new BodyBlock.Figure(image, "Figur 1", " "))
                .hasMessage("Figure.altText: must not be blank");
    }

    @Test
    void senderNamesReadAsDanishProse() {
        HearingStatement s = HearingStatement.builder().title("T")
                .sender("Ledergruppen", SenderKind.EMPLOYEE_COMMITTEE)
                .sender("FagMED", SenderKind.EMPLOYEE_COMMITTEE)
                .sender("Arbejdsmiljøgruppen", SenderKind.EMPLOYEE_COMMITTEE).build();
        assertThat(s.senderNames()).isEqualTo("Ledergruppen, FagMED og Arbejdsmiljøgruppen");
    }

    @Test
    void themesAreDistinctInOrder() {
        HearingStatement s = minimal().point("a", Stance.SUPPORT, "Økonomi").point("b", Stance.CONCERN, "Personale")
                .point("c", Stance.QUESTION, "Økonomi").build();
        assertThat(s.themes()).containsExactly("Økonomi", "Personale");
    }
}
