package dk.hoeringssvar.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.markup.MarkupParser;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.testing.Golden;
import dk.hoeringssvar.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private final HtmlRenderer renderer = new HtmlRenderer(new StyleSheet(Theme.standard()));

    private String render(String markup) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(new MarkupParser().parse(markup), Instant.parse("2026-11-02T09:30:00Z"), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyElementBecomesHtmlInOrder() {
        String html = render(Golden.read("markup/every-element.xml"));
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"da-DK\">")
                .contains("<title>Høringssvar – test</title>")
                .contains("<meta name=\"author\" content=\"FagMED\">")
                .contains("<meta name=\"keywords\" content=\"høringssvar, økonomi, trivsel\">")
                .contains("<meta name=\"dcterms.created\" content=\"2026-11-02T09:30:00Z\">");
        assertThat(html).containsSubsequence("<p class=\"hs-letterhead\"><strong>Aarby Kommune</strong></p>",
                "<h1>Høringssvar om «planen»</h1>",
                "Vi er <strong>meget</strong> glade for <em>forslaget</em>",
                "<ul>", "<ol start=\"3\">", "<blockquote>", "<cite>Referat fra ledermødet",
                "<aside class=\"hs-pull-quote\">", "<section class=\"hs-box\">", "<th scope=\"col\">Tema</th>",
                "<img src=\"data:image/png;base64,", "alt=\"Tidslinje uge for uge\"", "<figcaption",
                "<dl class=\"hs-dl\">", "<div class=\"hs-signatures hs-stacked\">", "<hr class=\"hs-rule\">",
                "<hr class=\"hs-page-break\">");
    }

    @Test
    void textIsEscapedNeverInterpreted() {
        String html = render(Golden.read("markup/every-element.xml"));
        assertThat(html).contains("<p class=\"hs-body\">&lt;b&gt;ikke fed&lt;/b&gt; &amp; ${ikke.skabelon}</p>");
    }

    @Test
    void attributesAreEscaped() {
        String html = render("<document title=\"a &quot;b&quot; &lt;c&gt;\" author=\"x' onload='y\"><body><p>x</p></body></document>");
        assertThat(html).contains("<meta name=\"author\" content=\"x&#39; onload=&#39;y\">")
                .contains("<title>a \"b\" &lt;c&gt;</title>");
    }

    @Test
    void thePageIsSelfContained() {
        String html = render(Golden.read("markup/every-element.xml"));
        assertThat(html).doesNotContain("src=\"http", "href=\"http", "<link", "<script", "url(");
        assertThat(html).contains("<style>").contains("font-family:\"Liberation Sans\",\"Arial\"");
    }

    @Test
    void contentsLinkToTheSectionsAndAChartIsAnAccessibleSvg() {
        java.util.List<dk.hoeringssvar.document.Block> blocks = java.util.List.of(
                new dk.hoeringssvar.document.Block.Contents(java.util.List.of(dk.hoeringssvar.document.Inline.Text.plain("Indhold"))),
                new dk.hoeringssvar.document.Block.Heading(2, java.util.List.of(dk.hoeringssvar.document.Inline.Text.plain("Økonomi"))),
                new dk.hoeringssvar.document.Block.Chart("Holdninger pr. tema", java.util.List.of("Økonomi", "Personale"),
                        java.util.List.of(new dk.hoeringssvar.document.Block.ChartSeries("Støtte", java.util.List.of(2, 0)),
                                new dk.hoeringssvar.document.Block.ChartSeries("Bekymring", java.util.List.of(1, 3))),
                        "Søjlediagram: holdninger pr. tema"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(new dk.hoeringssvar.document.DocumentTree(new dk.hoeringssvar.document.DocumentInfo("T", "", "",
                java.util.List.of(), "da-DK"), java.util.List.of(), java.util.List.of(), blocks), Instant.EPOCH, out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(html).containsSubsequence("<nav class=\"hs-contents\">", "<a href=\"#afsnit-1\">Økonomi</a>",
                "<h2 id=\"afsnit-1\">Økonomi</h2>", "<svg", "role=\"img\"", "<title>Søjlediagram: holdninger pr. tema</title>",
                "<title>Støtte: 2</title>", "<title>Bekymring: 3</title>", "<figcaption>Holdninger pr. tema</figcaption>");
        assertThat(html).doesNotContain("<title>Støtte: 0</title>");
    }

    @Test
    void sizesComeFromTheSharedStyleSheet() {
        StyleSheet styles = new StyleSheet(Theme.standard());
        String html = render("<document><body><h1>T</h1></body></document>");
        assertThat(html).contains("h1{font-size:" + HtmlCss.pt(styles.heading(1).size()));
    }
}
