package dk.hoeringssvar.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed statements and the exact error a user sees for each. */
class MalformedJsonTest {

    private static final String S = "\"senders\": [{\"name\": \"A\", \"kind\": \"citizen\"}]";
    private static final String BLOCK = "{" + S + ", \"title\": \"T\", \"body\": [%s]}";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", "svar.json: $: no JSON content"),
                Arguments.of("{\"senders\": [",
                        "svar.json: $.senders: not valid JSON: Unexpected end-of-input: expected close marker for Array (line 1, column 14)"),
                Arguments.of("{" + S + ", \"title\": \"T\"} {}",
                        "svar.json: $: unexpected content after the statement (line 1, column 63)"),
                Arguments.of("{" + S + ", \"title\": \"T\", \"title\": \"U\"}",
                        "svar.json: $: duplicate field \"title\" (line 1, column 70)"),
                Arguments.of("{" + S + ", \"titel\": \"T\"}",
                        "svar.json: $.titel: unknown field \"titel\"; known fields: annexes, body, closing, date, hearing, "
                                + "letterhead, meeting, place, points, position, recipient, senders, signatories, "
                                + "signatureArrangement, title (line 1, column 49)"),
                Arguments.of("{\"senders\": [{\"name\": \"A\", \"kind\": \"citizen\", \"email\": \"a@b\"}], \"title\": \"T\"}",
                        "svar.json: $.senders[0].email: unknown field \"email\"; known fields: address, kind, name (line 1, column 47)"),
                Arguments.of("{" + S + "}", "svar.json: $.title: is required (line 1, column 47)"),
                Arguments.of("{" + S + ", \"title\": null}", "svar.json: $.title: is required (line 1, column 62)"),
                Arguments.of("{\"title\": \"T\"}", "svar.json: $.senders: needs at least one entry (line 1, column 14)"),
                Arguments.of("{" + S + ", \"title\": \"   \"}", "svar.json: $.title: must not be blank (line 1, column 63)"),
                Arguments.of("{" + S + ", \"title\": 42}", "svar.json: $.title: expected text, got 42 (line 1, column 58)"),
                Arguments.of("{" + S + ", \"title\": [\"T\"]}", "svar.json: $.title: expected text, got a list (line 1, column 58)"),
                Arguments.of("[]", "svar.json: $: expected an object, got a list (line 1, column 1)"),
                Arguments.of("{\"senders\": {\"name\": \"A\", \"kind\": \"citizen\"}, \"title\": \"T\"}",
                        "svar.json: $.senders: expected a list, got an object (line 1, column 13)"),
                Arguments.of("{" + S + ", \"title\": \"T\", \"date\": \"5. november 2015\"}",
                        "svar.json: $.date: \"5. november 2015\" is not a date (YYYY-MM-DD) (line 1, column 71)"),
                Arguments.of("{" + S + ", \"title\": \"T\", \"date\": \"2015-13-05\"}",
                        "svar.json: $.date: \"2015-13-05\" is not a date (YYYY-MM-DD) (line 1, column 71)"),
                Arguments.of("{" + S + ", \"title\": \"T\", \"position\": \"SUPPORT\"}",
                        "svar.json: $.position: \"SUPPORT\" is not one of: support, support-with-remarks, concern, "
                                + "opposition, no-remarks (line 1, column 75)"),
                Arguments.of("{\"senders\": [{\"name\": \"A\"}], \"title\": \"T\"}",
                        "svar.json: $.senders[0].kind: is required (line 1, column 26)"),
                Arguments.of(BLOCK.formatted("{\"type\": \"paragraf\", \"text\": \"x\"}"),
                        "svar.json: $.body[0]: unknown block type \"paragraf\"; one of: heading, paragraph, bullet-list, "
                                + "numbered-list, quotation, pull-quote, proposal-box, table, figure (line 1, column 81)"),
                Arguments.of(BLOCK.formatted("{\"type\": \"bullet-list\", \"items\": []}"),
                        "svar.json: $.body[0].items: needs at least one entry (line 1, column 107)"),
                Arguments.of(BLOCK.formatted("{\"type\": \"heading\", \"level\": 3, \"text\": \"x\"}"),
                        "svar.json: $.body[0].level: must be 1 or 2, was 3 (line 1, column 115)"),
                Arguments.of(BLOCK.formatted("{\"type\": \"heading\", \"level\": 1.5, \"text\": \"x\"}"),
                        "svar.json: $.body[0].level: expected a whole number, got 1.5 (line 1, column 101)"),
                Arguments.of(BLOCK.formatted("{\"type\": \"paragraph\", \"text\": [{\"text\": \"x\", \"bold\": \"yes\"}]}"),
                        "svar.json: $.body[0].text[0].bold: expected true or false, got text (line 1, column 125)"),
                Arguments.of(BLOCK.formatted("{\"type\": \"table\", \"header\": [\"A\", \"B\"], \"rows\": [[\"1\"]]}"),
                        "svar.json: $.body[0].rows[0]: has 1 cells, the header has 2 (line 1, column 127)"),
                Arguments.of(BLOCK.formatted("{\"type\": \"figure\", \"image\": {\"data\": \"aGVq\"}, \"altText\": \"x\"}"),
                        "svar.json: $.body[0].image: not a PNG or JPEG image (line 1, column 115)"),
                Arguments.of("{" + S + ", \"title\": \"Høring\\u0007svar\"}",
                        "svar.json: $.title: control character U+0007 at index 6 is not allowed (line 1, column 76)"),
                Arguments.of("{" + S + ", \"title\": \"T\", \"meeting\": {\"date\": \"2015-11-05\", \"startTime\": \"kl. 11\"}}",
                        "svar.json: $.meeting.startTime: \"kl. 11\" is not a time (HH:MM) (line 1, column 110)"),
                Arguments.of("{" + S + ", \"title\": \"T\", \"annexes\": [{\"title\": \"Bilag\", \"statements\": [{\"title\": \"U\"}]}]}",
                        "svar.json: $.annexes[0].statements[0].senders: needs at least one entry (line 1, column 122)"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void isRejectedWithThisMessage(String json, String message) {
        assertThatThrownBy(() -> new HoeringssvarJson().readStatement(json, "svar.json", null))
                .isInstanceOf(JsonFormatException.class)
                .hasMessage(message);
    }
}
