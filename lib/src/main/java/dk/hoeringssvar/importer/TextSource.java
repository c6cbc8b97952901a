package dk.hoeringssvar.importer;

import dk.hoeringssvar.HoeringssvarException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file's text, telling the format by content: {@code %PDF-} is PDF, a zip is DOCX, else text. */
final class TextSource {

    /** The text of a file, how it was read, and whether the text encoding had to be guessed. */
    record Read(String text, SourceFormat format, boolean windows1252) {
    }

    private TextSource() {
    }

    static Read read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new HoeringssvarException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        String name = file.toString();
        if (bytes.length == 0) {
            throw new HoeringssvarException(name + ": the file is empty");
        }
        Read read;
        if (isPdf(bytes)) {
            read = new Read(PdfText.extract(bytes, name), SourceFormat.PDF, false);
        } else if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            read = new Read(DocxText.extract(bytes, name), SourceFormat.DOCX, false);
        } else {
            read = text(bytes, name);
        }
        if (read.text().isBlank()) {
            throw new HoeringssvarException(name + ": no text found in the " + describe(read.format()));
        }
        return read;
    }

    private static String describe(SourceFormat format) {
        return switch (format) {
            case PDF -> "PDF (is it a scan without a text layer?)";
            case DOCX -> "Word document";
            case TEXT -> "file";
        };
    }

    /** PDF readers accept the header within the first kilobyte. */
    private static boolean isPdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
                    && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static Read text(byte[] bytes, String name) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new HoeringssvarException(name + ": not a text, PDF or DOCX file (it holds binary data)");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            return new Read(text, SourceFormat.TEXT, false);
        } catch (CharacterCodingException e) {
            // Older Danish text files are Windows-1252; every byte sequence decodes, so it is a guess.
            return new Read(new String(bytes, Charset.forName("windows-1252")), SourceFormat.TEXT, true);
        }
    }
}
