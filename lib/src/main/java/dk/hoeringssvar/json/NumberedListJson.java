package dk.hoeringssvar.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.RichText;
import java.io.IOException;
import java.util.List;

/** A numbered list may leave out {@code start}; it then starts at 1. */
final class NumberedListJson extends StdDeserializer<BodyBlock.NumberedList> {

    record Fields(Integer start, List<RichText> items) {
    }

    NumberedListJson() {
        super(BodyBlock.NumberedList.class);
    }

    @Override
    public BodyBlock.NumberedList deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields fields = ctxt.readValue(p, Fields.class);
        return new BodyBlock.NumberedList(fields.start() == null ? 1 : fields.start(), fields.items());
    }
}
