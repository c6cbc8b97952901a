package dk.hoeringssvar.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dk.hoeringssvar.model.RichText;
import dk.hoeringssvar.model.TextRun;
import java.io.IOException;
import java.util.List;

/**
 * Rich text is a plain string when it is one unstyled run, and otherwise a list of runs
 * {@code [{"text": "Det er "}, {"text": "vigtigt", "bold": true}]}.
 */
final class RichTextJson {

    private RichTextJson() {
    }

    /** One run as JSON: text, and bold/italic only when true. */
    record Run(String text, Boolean bold, Boolean italic) {
        TextRun toModel() {
            return new TextRun(text, Boolean.TRUE.equals(bold), Boolean.TRUE.equals(italic));
        }
    }

    static final class Writer extends StdSerializer<RichText> {
        Writer() {
            super(RichText.class);
        }

        @Override
        public void serialize(RichText value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            List<TextRun> runs = value.runs();
            if (runs.size() == 1 && !runs.get(0).bold() && !runs.get(0).italic()) {
                gen.writeString(runs.get(0).text());
                return;
            }
            gen.writeStartArray();
            for (TextRun run : runs) {
                gen.writeStartObject();
                gen.writeStringField("text", run.text());
                if (run.bold()) {
                    gen.writeBooleanField("bold", true);
                }
                if (run.italic()) {
                    gen.writeBooleanField("italic", true);
                }
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
    }

    static final class Reader extends StdDeserializer<RichText> {
        Reader() {
            super(RichText.class);
        }

        @Override
        public RichText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return RichText.plain(p.getText());
            }
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new JsonProblem(p, "expected text or a list of runs");
            }
            JavaType listOfRuns = ctxt.getTypeFactory().constructCollectionType(List.class, Run.class);
            List<Run> runs = ctxt.readValue(p, listOfRuns);
            return new RichText(runs.stream().map(Run::toModel).toList());
        }
    }
}
