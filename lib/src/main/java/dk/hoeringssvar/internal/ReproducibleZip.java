package dk.hoeringssvar.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

/**
 * Re-zips an Office package with every entry time fixed, so the same content gives the same bytes on
 * every run, machine and time zone. Entry order and contents are kept; this is where the DOCX and XLSX
 * packages are compressed (the DOCX renderer has POI store its entries uncompressed).
 */
public final class ReproducibleZip {

    /**
     * The earliest time written, also used when there is no timestamp. Not 1980-01-01 00:00:00: the JDK
     * reads that DOS time as "before 1980" and adds an extended timestamp in the default time zone,
     * which differs between zones (the same floor as Maven's {@code project.build.outputTimestamp}).
     */
    public static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    /** A package inside the package (a DOCX chart's workbook) is normalised the same way. */
    private static final String EMBEDDED_WORKBOOK = ".xlsx";

    private ReproducibleZip() {
    }

    /** Every entry stamped with {@code timestamp} read in UTC, or with {@link #EARLIEST} when it is null. */
    public static byte[] normalise(byte[] zip, Instant timestamp) throws IOException {
        LocalDateTime time = timestamp == null ? EARLIEST : LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        if (time.isBefore(EARLIEST)) {
            time = EARLIEST;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(buffer)) {
            // zlib's fastest level: deflating at the default level was the largest single cost of a DOCX
            // bundle; at this one a 1,000-annex bundle takes about a quarter less time, for a larger file.
            out.setLevel(Deflater.BEST_SPEED);
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
