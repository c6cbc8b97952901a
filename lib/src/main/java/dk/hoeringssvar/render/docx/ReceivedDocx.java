package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.ReceivedFile;
import dk.hoeringssvar.render.RenderException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens a received DOCX, untrusted input, with limits of its own. POI's zip-bomb guard
 * ({@code ZipSecureFile}: by default an entry over 100 KB may not inflate to more than 100 times its
 * compressed size, at most 4 GB per entry, 1,000 entries, 10 MB of extracted text) is a process-wide static setting that we leave alone;
 * before POI sees the file we inflate it once and refuse more than {@link #MAX_ENTRIES} entries or
 * {@link #MAX_INFLATED_BYTES} in all, so a small upload cannot take the heap.
 */
final class ReceivedDocx {

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;
    /** The first bytes of an OLE2 compound file: what Word writes for a password-protected DOCX. */
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};

    private ReceivedDocx() {
    }

    /** The parsed document; the caller closes it. Every failure is a {@link RenderException} naming the file. */
    static XWPFDocument open(ReceivedFile file) {
        byte[] bytes = file.bytes();
        if (bytes.length == 0) {
            throw failure(file, "is empty", null);
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            throw failure(file, "is password-protected (encrypted) or an old binary Word file; "
                    + "it must be saved as an unprotected DOCX", null);
        }
        checkSize(file, bytes);
        try {
            XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
            document.getDocument().getBody();
            return document;
        } catch (IOException | RuntimeException e) {
            throw failure(file, "is damaged or not a DOCX file (" + e.getMessage() + ")", e);
        }
    }

    private static void checkSize(ReceivedFile file, byte[] bytes) {
        byte[] buffer = new byte[64 * 1024];
        long inflated = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw failure(file, "has more than " + MAX_ENTRIES + " parts", null);
                }
                inflated += drain(zip, buffer, MAX_INFLATED_BYTES - inflated);
                if (inflated > MAX_INFLATED_BYTES) {
                    throw failure(file, "unpacks to more than " + MAX_INFLATED_BYTES / (1024 * 1024)
                            + " MB; refused as a possible zip bomb", null);
                }
            }
        } catch (ZipException e) {
            throw failure(file, "is damaged or not a DOCX file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw failure(file, "could not be read (" + e.getMessage() + ")", e);
        }
        if (entries == 0) {
            throw failure(file, "is damaged or not a DOCX file (no zip entries)", null);
        }
    }

    /** Reads the entry, stopping one byte past {@code allowance}; returns the bytes read. */
    private static long drain(InputStream in, byte[] buffer, long allowance) throws IOException {
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
            if (read > allowance) {
                break;
            }
        }
        return read;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static RenderException failure(ReceivedFile file, String what, Throwable cause) {
        return new RenderException("The received file \"" + file.name() + "\" " + what + ".", cause);
    }
}
