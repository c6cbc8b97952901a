package dk.hoeringssvar.model;

import dk.hoeringssvar.HoeringssvarException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A PNG or JPEG image, checked when created: the bytes must decode as the format they claim, so a
 * broken image is reported where it enters rather than half-way through a render.
 *
 * @param data        the encoded image (defensively copied)
 * @param format      PNG or JPEG
 * @param widthPx     width in pixels
 * @param heightPx    height in pixels
 */
public record Image(byte[] data, ImageFormat format, int widthPx, int heightPx) {

    public Image {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(format, "format");
        if (widthPx <= 0 || heightPx <= 0) {
            throw new InvalidModelException("Image", "width and height must be positive");
        }
        data = data.clone();
    }

    /**
     * Reads an image from bytes. {@code source} names where the bytes came from (a file or a field)
     * and appears in the error if they are not a readable PNG or JPEG.
     */
    public static Image of(byte[] data, String source) {
        Objects.requireNonNull(data, "data");
        ImageFormat format = sniff(data);
        if (format == null) {
            throw new InvalidModelException(source, "not a PNG or JPEG image");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name());
            if (!readers.hasNext()) {
                throw new InvalidModelException(source, "no reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                reader.read(0); // decode once: a truncated or corrupt image fails here, not in a renderer
                return new Image(data, format, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof HoeringssvarException he) {
                throw he;
            }
            throw new InvalidModelException(source, "unreadable " + format + " image (" + e.getMessage() + ")");
        }
    }

    /** Reads an image file; the error names the file. */
    public static Image read(Path file) {
        try {
            return of(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new InvalidModelException(file.toString(), "cannot read image file (" + e.getMessage() + ")");
        }
    }

    private static ImageFormat sniff(byte[] d) {
        if (d.length > 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return ImageFormat.PNG;
        }
        if (d.length > 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
            return ImageFormat.JPEG;
        }
        return null;
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Aspect ratio, height over width. */
    public double aspectRatio() {
        return (double) heightPx / widthPx;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image other
                && format == other.format
                && widthPx == other.widthPx
                && heightPx == other.heightPx
                && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, widthPx, heightPx, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "Image[" + format + ", " + widthPx + "x" + heightPx + ", " + data.length + " bytes]";
    }
}
