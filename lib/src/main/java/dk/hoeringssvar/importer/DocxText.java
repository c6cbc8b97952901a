package dk.hoeringssvar.importer;

import dk.hoeringssvar.HoeringssvarException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word document by POI: one line per paragraph with a blank line after it, list
 * paragraphs with their bullet or number as Word shows it, table rows as cells separated by wide gaps
 * (so signatures laid out in a table read as side by side).
 */
final class DocxText {

    private DocxText() {
    }

    static String extract(byte[] bytes, String name) {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            Map<String, Integer> counters = new HashMap<>();
            boolean inList = false;
            for (IBodyElement element : docx.getBodyElements()) {
                boolean listItem = element instanceof XWPFParagraph p && p.getNumID() != null && !p.getText().isBlank();
                if (inList && !listItem) {
                    out.append('\n'); // a list ends with a blank line, as paragraphs do
                }
                inList = listItem;
                if (element instanceof XWPFParagraph p) {
                    paragraph(p, counters, out);
                } else if (element instanceof XWPFTable t) {
                    table(t, out);
                }
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new HoeringssvarException(name + ": not a readable DOCX file (" + e.getMessage() + ")", e);
        }
    }

    private static void paragraph(XWPFParagraph p, Map<String, Integer> counters, StringBuilder out) {
        String text = p.getText().replace('\u000B', '\n');
        if (text.isBlank()) {
            out.append('\n');
            return;
        }
        BigInteger numId = p.getNumID();
        if (numId != null) {
            String format = p.getNumFmt();
            String level = p.getNumIlvl() == null ? "0" : p.getNumIlvl().toString();
            if (format != null && !"bullet".equals(format) && !"none".equals(format)) {
                int n = counters.merge(numId + "/" + level, 1, Integer::sum);
                out.append(n).append(". ");
            } else {
                out.append("• ");
            }
            out.append(text).append('\n');
            return;
        }
        out.append(text).append("\n\n");
    }

    /** A row's cells side by side; a cell of several paragraphs gives several lines ("Bo Hansen" over "Formand"). */
    private static void table(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            java.util.List<java.util.List<String>> cells = new java.util.ArrayList<>();
            int height = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                java.util.List<String> lines = cell.getParagraphs().stream().map(XWPFParagraph::getText)
                        .map(String::strip).filter(t -> !t.isEmpty()).toList();
                if (!lines.isEmpty()) {
                    cells.add(lines);
                    height = Math.max(height, lines.size());
                }
            }
            for (int k = 0; k < height; k++) {
                StringBuilder line = new StringBuilder();
                for (java.util.List<String> cell : cells) {
                    if (k < cell.size()) {
                        if (!line.isEmpty()) {
                            line.append("    ");
                        }
                        line.append(cell.get(k));
                    }
                }
                out.append(line).append('\n');
            }
        }
        out.append('\n');
    }
}
