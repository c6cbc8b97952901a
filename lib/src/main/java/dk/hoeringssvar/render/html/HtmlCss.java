package dk.hoeringssvar.render.html;

import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.render.TextStyle;
import dk.hoeringssvar.theme.Theme;
import java.util.Locale;

/** The page's style element, computed from the same {@link StyleSheet} the PDF and DOCX renderers use. */
final class HtmlCss {

    private HtmlCss() {
    }

    static String of(StyleSheet s) {
        Theme t = s.theme();
        StringBuilder css = new StringBuilder(4096);
        css.append("html{background:#EEF0F2;}")
                .append("body{margin:0;padding:24px 0;font-family:\"").append(t.fonts().family()).append("\",\"")
                .append(t.fonts().officeFamily()).append("\",sans-serif;color:").append(t.textColour().toCss())
                .append(";font-size:").append(pt(t.baseFontSize())).append(";line-height:")
                .append(num(StyleSheet.LINE_HEIGHT)).append(";}")
                .append(".hs-page{box-sizing:border-box;background:#fff;max-width:").append(pt(s.pageWidth()))
                .append(";margin:0 auto;padding:").append(pt(s.marginTop())).append(' ').append(pt(s.marginRight()))
                .append(' ').append(pt(s.marginBottom())).append(' ').append(pt(s.marginLeft()))
                .append(";box-shadow:0 1px 4px rgba(0,0,0,.15);}")
                .append(".hs-page>*:first-child{margin-top:0;}")
                .append("p,h1,h2,h3,ul,ol,blockquote,figure,table,dl{margin:0;}");
        rule(css, "p", s.body());
        for (ParagraphRole role : ParagraphRole.values()) {
            rule(css, "p.hs-" + role.name().toLowerCase(Locale.ROOT), s.paragraph(role));
        }
        rule(css, "h1", s.heading(1));
        rule(css, "h2", s.heading(2));
        rule(css, "h3", s.heading(3));
        css.append("ul,ol{padding-left:").append(pt(s.listIndent())).append(";margin-bottom:")
                .append(pt(s.body().spaceAfter())).append(";}")
                .append("li ul,li ol{margin-bottom:0;}");
        rule(css, "li", s.listItem());
        css.append("li::marker{color:").append(t.textColour().toCss()).append(";}");
        css.append("blockquote{padding-left:").append(pt(s.quotationIndent() - s.quotationRuleWidth()))
                .append(";border-left:").append(pt(s.quotationRuleWidth())).append(" solid ")
                .append(t.accentColour().toCss()).append(";margin-bottom:").append(pt(s.body().spaceAfter())).append(";}");
        rule(css, "blockquote p", s.quotation());
        rule(css, "blockquote cite", s.attribution());
        css.append("blockquote cite{display:block;}");
        rule(css, ".hs-pull-quote", s.pullQuote());
        css.append(".hs-pull-quote{background:").append(t.tintColour().toCss()).append(";border-left:4pt solid ")
                .append(t.accentColour().toCss()).append(";padding:").append(pt(s.boxPadding())).append(";}");
        css.append(".hs-box{border:").append(pt(s.borderWidth())).append(" solid ").append(t.accentColour().toCss())
                .append(";margin:").append(pt(s.blockGap())).append(" 0;}")
                .append(".hs-box>.hs-box-inner{padding:").append(pt(s.boxPadding())).append(";}")
                .append(".hs-box>.hs-box-inner>*:last-child{margin-bottom:0;}");
        rule(css, ".hs-box-title", s.boxTitle());
        css.append(".hs-box-title{background:").append(t.tintColour().toCss()).append(";margin:0;padding:")
                .append(pt(s.boxPadding() * 0.6)).append(' ').append(pt(s.boxPadding())).append(";}");
        css.append("table.hs-table{border-collapse:collapse;width:100%;margin-bottom:")
                .append(pt(s.body().spaceAfter())).append(";}")
                .append("table.hs-table td,table.hs-table th{border:").append(pt(s.borderWidth())).append(" solid ")
                .append(s.tableBorderColour().toCss()).append(";padding:").append(pt(s.tableCellPadding()))
                .append(";text-align:left;vertical-align:top;}")
                .append("table.hs-table th{background:").append(t.tintColour().toCss()).append(";}");
        rule(css, "table.hs-table td", s.tableCell(false));
        rule(css, "table.hs-table th", s.tableCell(true));
        css.append("figure{margin:").append(pt(s.blockGap())).append(" 0;}")
                .append("figure img{display:block;height:auto;}");
        rule(css, "figcaption", s.caption());
        css.append("dl.hs-dl{display:grid;grid-template-columns:").append(pt(s.definitionTermWidth()))
                .append(" 1fr;margin-bottom:").append(pt(s.body().spaceAfter())).append(";}")
                .append("dl.hs-dl dd{margin:0;}");
        rule(css, "dl.hs-dl dt", s.definitionTerm());
        rule(css, "dl.hs-dl dd", s.definitionDescription());
        css.append(".hs-signatures{display:flex;flex-wrap:wrap;}")
                .append(".hs-signatures.hs-stacked{flex-direction:column;}")
                .append(".hs-signature{width:").append(pt(s.signatureColumnWidth())).append(";}");
        rule(css, ".hs-signature-name", s.signatureName());
        rule(css, ".hs-signature-role", s.signatureRole());
        css.append("hr.hs-rule{border:0;border-top:").append(pt(s.borderWidth())).append(" solid ")
                .append(t.accentColour().toCss()).append(";margin:").append(pt(s.blockGap())).append(" 0;}")
                .append("hr.hs-page-break{border:0;border-top:1px dashed #9AA0A6;margin:")
                .append(pt(s.blockGap() * 2)).append(" -").append(pt(s.marginRight())).append(' ')
                .append(pt(s.blockGap() * 2)).append(" -").append(pt(s.marginLeft())).append(";}")
                .append("nav.hs-contents ol{padding-left:").append(pt(s.listIndent())).append(";}")
                .append("nav.hs-contents a{color:").append(t.accentColour().toCss()).append(";text-decoration:none;}")
                .append("p.hs-contents-title{font-weight:bold;color:").append(t.accentColour().toCss()).append(";}")
                .append("figure.hs-chart svg{display:block;max-width:").append(pt(s.textWidth())).append(";}")
                .append("@media print{html{background:none;}body{padding:0;}.hs-page{box-shadow:none;max-width:none;"
                        + "padding:0;}hr.hs-page-break{visibility:hidden;break-after:page;margin:0;}}");
        return css.toString();
    }

    private static void rule(StringBuilder css, String selector, TextStyle st) {
        css.append(selector).append("{font-size:").append(pt(st.size()))
                .append(";font-weight:").append(st.bold() ? "bold" : "normal")
                .append(";font-style:").append(st.italic() ? "italic" : "normal")
                .append(";color:").append(st.colour().toCss())
                .append(";margin-top:").append(pt(st.spaceBefore()))
                .append(";margin-bottom:").append(pt(st.spaceAfter()))
                .append(";line-height:").append(pt(st.leading()))
                .append(";text-align:").append(st.align().name().toLowerCase(Locale.ROOT)).append(";}");
    }

    static String pt(double v) {
        return num(v) + "pt";
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }
}
