package dk.hoeringssvar.document;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file received with a statement, to be placed in a bundle as it is.
 *
 * @param name  the file's name, used in error messages and on the "attached separately" page
 * @param kind  PDF or DOCX
 * @param bytes the file's content (defensively copied)
 */
public record ReceivedFile(String name, Kind kind, byte[] bytes) {

    public enum Kind {
        PDF,
        DOCX
    }

    public ReceivedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceivedFile f && name.equals(f.name) && kind == f.kind && Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "ReceivedFile[" + name + ", " + kind + ", " + bytes.length + " bytes]";
    }
}
