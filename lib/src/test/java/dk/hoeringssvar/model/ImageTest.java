package dk.hoeringssvar.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageTest {

    @Test
    void readsFormatAndSize() {
        Image image = TestImages.png(40, 30);
        assertThat(image.format()).isEqualTo(ImageFormat.PNG);
        assertThat(image.widthPx()).isEqualTo(40);
        assertThat(image.heightPx()).isEqualTo(30);
        assertThat(image.aspectRatio()).isEqualTo(0.75);
    }

    @Test
    void equalityIsByContent() {
        assertThat(TestImages.png(5, 5)).isEqualTo(TestImages.png(5, 5)).hasSameHashCodeAs(TestImages.png(5, 5));
    }

    @Test
    void notAnImageNamesTheSource() {
        assertThatThrownBy(() -> Image.of("hej".getBytes(), "Figure.image"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("Figure.image: not a PNG or JPEG image");
    }

    @Test
    void truncatedImageIsRejected() {
        byte[] png = TestImages.pngBytes(50, 50);
        byte[] truncated = Arrays.copyOf(png, png.length / 2);
        assertThatThrownBy(() -> Image.of(truncated, "logo.png"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith("logo.png: unreadable PNG image");
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("findes-ikke.png");
        assertThatThrownBy(() -> Image.read(missing))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("findes-ikke.png").hasMessageContaining("cannot read image file");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("logo.png");
        Files.write(file, TestImages.pngBytes(8, 4));
        assertThat(Image.read(file).widthPx()).isEqualTo(8);
    }
}
