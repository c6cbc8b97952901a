package dk.hoeringssvar.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.DocumentTreePrinter;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.testing.Golden;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkupParserTest {

    private final MarkupParser parser = new MarkupParser();

    @Test
    void everyElementMatchesTheGoldenTree() {
        DocumentTree tree = parser.parse(Golden.read("markup/every-element.xml"));
        Golden.assertMatches("markup/every-element.tree", DocumentTreePrinter.print(tree));
    }

    @Test
    void whitespaceCollapsesButRunsOfOneWordStayJoined() {
        DocumentTree tree = parse("<p>  Det er\n   <b>vig</b><i>tigt</i>  at <br/>  se  </p>");
        assertThat(((Block.Paragraph) tree.blocks().get(0)).content()).containsExactly(
                Inline.Text.plain("Det er "), new Inline.Text("vig", true, false), new Inline.Text("tigt", false, true),
                Inline.Text.plain(" at"), new Inline.LineBreak(), Inline.Text.plain("se"));
    }

    @Test
    void noBreakSpaceIsKept() {
        DocumentTree tree = parse("<p>§\u00A03, stk.\u00A07</p>");
        assertThat(((Block.Paragraph) tree.blocks().get(0)).content())
                .containsExactly(Inline.Text.plain("§\u00A03, stk.\u00A07"));
    }

    @Test
    void escapedMarkupStaysText() {
        DocumentTree tree = parse("<p>&lt;script&gt;alert(1)&lt;/script&gt; ${x} &lt;#assign&gt;</p>");
        assertThat(((Block.Paragraph) tree.blocks().get(0)).content())
                .containsExactly(Inline.Text.plain("<script>alert(1)</script> ${x} <#assign>"));
    }

    @Test
    void leadingHeaderRowsOfThCellsAreHeaderRows() {
        DocumentTree tree = parse("<table><tr><th>A</th></tr><tr><th>B</th></tr><tr><td>1</td></tr><tr><th>C</th></tr></table>");
        Block.Table table = (Block.Table) tree.blocks().get(0);
        assertThat(table.headerRows()).isEqualTo(2);
        assertThat(table.rows()).hasSize(4);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("<document><body><p>x</p></document>", "not well-formed"),
                Arguments.of("<document><body><blink>x</blink></body></document>", "unknown element <blink>"),
                Arguments.of("<document><p>x</p></document>", "<p> is not allowed inside <document>"),
                Arguments.of("<document></document>", "<document> has no <body>"),
                Arguments.of("<body/>", "the root element must be <document>"),
                Arguments.of("<document><body>løs tekst</body></document>", "text is not allowed directly inside <body>"),
                Arguments.of("<document><body><li>x</li></body></document>", "<li> is not allowed inside <body>"),
                Arguments.of("<document><body><p><p>x</p></p></body></document>", "<p> is not allowed inside <p>"),
                Arguments.of("<document><body><p><page-number/></p></body></document>", "<page-number> is not allowed inside <p>"),
                Arguments.of("<document><body><p class=\"shout\">x</p></body></document>", "unknown paragraph class 'shout'"),
                Arguments.of("<document><body><ul></ul></body></document>", "<ul> has no <li>"),
                Arguments.of("<document><body><ol start=\"-2\"><li>x</li></ol></body></document>", "start must be a whole number"),
                Arguments.of("<document><body><figure><img src=\"data:image/png;base64,AAAA\"/></figure></body></document>", "<img> needs an alt attribute"),
                Arguments.of("<document><body><figure><img alt=\"x\" src=\"http://example.org/x.png\"/></figure></body></document>", "must be a data:image"),
                Arguments.of("<document><body><figure><img alt=\"x\" src=\"data:image/png;base64,aGVq\"/></figure></body></document>", "not a PNG or JPEG image"),
                Arguments.of("<document><body><table weights=\"1 2\"><tr><td>a</td></tr></table></body></document>", "weights gives 2 columns"),
                Arguments.of("<document><body><box><p>x</p></box></body></document>", "<box> needs a <box-title>"),
                Arguments.of("<document><body><dl><dd>x</dd></dl></body></document>", "out of order"),
                Arguments.of("<document><body><signatures layout=\"diagonal\"/></body></document>", "unknown layout 'diagonal'"),
                Arguments.of("<document><body><hr>x</hr></body></document>", "<hr> must be empty"),
                Arguments.of("<document><body><chart alt=\"a\"><category>A</category><series name=\"S\">1 2</series></chart></body></document>", "has 2 counts for 1 categories"),
                Arguments.of("<document><body><chart alt=\"a\"><category>A</category><series name=\"S\">-1</series></chart></body></document>", "counts of 0 or more"),
                Arguments.of("<document><body><chart><category>A</category></chart></body></document>", "<chart> needs an alt attribute"),
                Arguments.of("<!DOCTYPE document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><document><body><p>&x;</p></body></document>", ""),
                Arguments.of("<document><body><p>&nbsp;</p></body></document>", ""));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedMarkupIsAMarkupExceptionWithPosition(String markup, String message) {
        assertThatThrownBy(() -> parser.parse(markup))
                .isInstanceOf(MarkupException.class)
                .hasMessageStartingWith("markup line ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((MarkupException) e).line()).isPositive());
    }

    @Test
    void errorPositionPointsAtTheElement() {
        MarkupException e = (MarkupException) org.assertj.core.api.Assertions.catchThrowable(() ->
                parser.parse("<document>\n<body>\n  <p>ok</p>\n  <blink/>\n</body>\n</document>"));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).startsWith("markup line 4, column ");
    }

    @Test
    void aHugeBadValueIsNotEchoedWhole() {
        String huge = "x".repeat(100_000);
        assertThatThrownBy(() -> parse("<p class=\"" + huge + "\">x</p>"))
                .isInstanceOf(MarkupException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300).contains("unknown paragraph class 'xxx"));
    }

    @Test
    void metadataComesFromTheRootAttributes() {
        DocumentTree tree = parser.parse(Golden.read("markup/every-element.xml"));
        assertThat(tree.info().title()).isEqualTo("Høringssvar – test");
        assertThat(tree.info().keywords()).containsExactly("høringssvar", "økonomi", "trivsel");
        assertThat(tree.footer()).containsExactly(Inline.Text.plain("Side "), new Inline.PageNumber(),
                Inline.Text.plain(" af "), new Inline.PageCount());
    }

    private DocumentTree parse(String body) {
        return parser.parse("<document><body>" + body + "</body></document>");
    }

    @SuppressWarnings("unused")
    private static List<Block> blocks(DocumentTree tree) {
        return tree.blocks();
    }
}
