package dk.hoeringssvar.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dk.hoeringssvar.model.Image;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;

/**
 * An image is {@code {"data": "<base64>"}} or {@code {"file": "figurer/tidslinje.png"}}, a path
 * relative to the JSON file that cannot lead out of its folder. Written images always carry their data.
 */
final class ImageJson {

    /** The folder that {@code file} paths resolve against; a reader attribute. */
    static final String BASE_DIRECTORY = "hoeringssvar.baseDirectory";

    private ImageJson() {
    }

    record Source(String data, String file) {
    }

    static final class Writer extends StdSerializer<Image> {
        Writer() {
            super(Image.class);
        }

        @Override
        public void serialize(Image value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("data", Base64.getEncoder().encodeToString(value.data()));
            gen.writeEndObject();
        }
    }

    static final class Reader extends StdDeserializer<Image> {
        Reader() {
            super(Image.class);
        }

        @Override
        public Image deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new JsonProblem(p, "expected an object with \"data\" or \"file\"");
            }
            Source source = ctxt.readValue(p, Source.class);
            if ((source.data() == null) == (source.file() == null)) {
                throw new JsonProblem(p, "an image needs exactly one of \"data\" (base64) or \"file\" (a path)");
            }
            if (source.data() != null) {
                byte[] bytes;
                try {
                    bytes = Base64.getMimeDecoder().decode(source.data());
                } catch (IllegalArgumentException e) {
                    throw new JsonProblem(p, "\"data\" is not valid base64");
                }
                return image(p, () -> Image.of(bytes, "image data"));
            }
            Path file = resolve(p, source.file(), (Path) ctxt.getAttribute(BASE_DIRECTORY));
            return image(p, () -> Image.read(file));
        }

        /** Reports an unreadable image at the image's place in the JSON. */
        private static Image image(JsonParser p, java.util.function.Supplier<Image> read) throws JsonProblem {
            try {
                return read.get();
            } catch (dk.hoeringssvar.model.InvalidModelException e) {
                throw new JsonProblem(p, e.getMessage().startsWith("image data") ? e.problem() : e.getMessage());
            }
        }

        private static Path resolve(JsonParser p, String file, Path base) throws JsonProblem {
            if (base == null) {
                throw new JsonProblem(p, "\"file\" images need the JSON to be read from a file; use \"data\"");
            }
            Path relative = Path.of(file);
            Path resolved = base.resolve(relative).normalize();
            if (relative.isAbsolute() || !resolved.startsWith(base.normalize())) {
                throw new JsonProblem(p, "\"" + file + "\" must be a path inside the JSON file's folder");
            }
            return resolved;
        }
    }
}
