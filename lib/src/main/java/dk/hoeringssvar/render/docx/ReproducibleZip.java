package dk.hoeringssvar.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Re-zips a package with every entry time set to the document's timestamp (in UTC), so the same input
 * gives the same bytes on every run, machine and time zone. Entry order and contents are kept, except
 * that an embedded package (a chart's workbook) is normalised in the same way.
 */
final class ReproducibleZip {

    /** Zip's DOS time cannot go before 1980. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static final String EMBEDDED_WORKBOOK = ".xlsx";

    private ReproducibleZip() {
    }

    static byte[] normalise(byte[] zip, Instant timestamp) throws IOException {
        LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        if (time.isBefore(EARLIEST)) {
            time = EARLIEST;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(buffer)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                if (entry.getName().endsWith(EMBEDDED_WORKBOOK)) {
                    out.write(normalise(in.readAllBytes(), timestamp));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return buffer.toByteArray();
    }
}
