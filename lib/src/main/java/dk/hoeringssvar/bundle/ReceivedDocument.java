package dk.hoeringssvar.bundle;

import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.model.Sender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A statement received as a file (PDF or DOCX) and placed in the bundle as it is.
 *
 * @param fileName the file's name, shown in errors and on an "attached separately" page
 * @param content  the file (defensively copied); its first bytes decide PDF or DOCX
 * @param title    the title in the contents, "Høringssvar fra Dansk Metal"
 * @param sender   who sent it (counted on the cover)
 */
public record ReceivedDocument(String fileName, byte[] content, String title, Sender sender) {

    public enum Format {
        PDF,
        DOCX
    }

    public ReceivedDocument {
        fileName = Texts.required(fileName, "ReceivedDocument.fileName");
        Objects.requireNonNull(content, "content");
        content = content.clone();
        title = Texts.required(title, "ReceivedDocument.title");
        if (sender == null) {
            throw new InvalidModelException("ReceivedDocument.sender", "is required");
        }
        if (sniff(content) == null) {
            throw new InvalidModelException(fileName, "is neither a PDF nor a DOCX file");
        }
    }

    /** Reads a received file; the error names it. */
    public static ReceivedDocument read(Path file, String title, Sender sender) {
        try {
            return new ReceivedDocument(file.getFileName().toString(), Files.readAllBytes(file), title, sender);
        } catch (NoSuchFileException e) {
            throw new HoeringssvarException(file + ": no such file");
        } catch (IOException e) {
            throw new HoeringssvarException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public Format format() {
        return sniff(content);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    private static Format sniff(byte[] bytes) {
        if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-') {
            return Format.PDF;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return Format.DOCX;
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceivedDocument r && fileName.equals(r.fileName) && Arrays.equals(content, r.content)
                && title.equals(r.title) && sender.equals(r.sender);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, title, sender, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "ReceivedDocument[" + fileName + ", " + content.length + " bytes, " + title + "]";
    }
}
