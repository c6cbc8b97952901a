package dk.hoeringssvar.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Everything a reader of a published file could find in it, as text: for a PDF the extracted text of
 * every page, every string object anywhere in the file (metadata, bookmarks, alternate text, link
 * targets) and every stream that is not an image or a font (XMP, content streams); for a DOCX every
 * XML part and relationship list (link targets), with and without its tags.
 */
final class ReadBack {

    private ReadBack() {
    }

    static String pdf(byte[] pdf) throws IOException {
        StringBuilder all = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            all.append(new PDFTextStripper().getText(doc)).append('\n');
            Set<COSBase> seen = new HashSet<>();
            List<COSBase> todo = new ArrayList<>();
            todo.add(doc.getDocument().getTrailer());
            while (!todo.isEmpty()) {
                COSBase next = todo.remove(todo.size() - 1);
                if (next instanceof COSObject o) {
                    next = o.getObject();
                }
                if (next == null || !seen.add(next)) {
                    continue;
                }
                switch (next) {
                    case COSString s -> all.append(s.getString()).append('\n');
                    case COSStream s -> {
                        if (!isImageOrFont(s)) {
                            try (InputStream in = s.createInputStream()) {
                                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                            }
                        }
                        s.getValues().forEach(todo::add);
                    }
                    case COSDictionary d -> d.getValues().forEach(todo::add);
                    case COSArray a -> a.forEach(todo::add);
                    default -> { }
                }
            }
        }
        return all.toString();
    }

    private static boolean isImageOrFont(COSStream s) {
        return COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE)) || s.containsKey(COSName.LENGTH1)
                || s.containsKey(COSName.LENGTH2) || COSName.getPDFName("CIDFontType0C").equals(s.getCOSName(COSName.SUBTYPE))
                || COSName.getPDFName("OpenType").equals(s.getCOSName(COSName.SUBTYPE));
    }

    static String docx(byte[] docx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    all.append(xml).append('\n').append(xml.replaceAll("<[^>]*>", "")).append('\n');
                }
            }
        }
        return all.toString();
    }

    /**
     * The planted strings found in {@code text}: as written, or with all white space taken out of both
     * (text extraction may break a number over two lines).
     */
    static List<String> foundIn(String text, List<String> planted) {
        String squeezed = text.replaceAll("\\s+", "");
        return planted.stream()
                .filter(p -> text.contains(p) || squeezed.contains(p.replaceAll("\\s+", "")))
                .toList();
    }
}
