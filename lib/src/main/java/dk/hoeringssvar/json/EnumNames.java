package dk.hoeringssvar.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enums in JSON are lower-case words joined by hyphens: {@code support-with-remarks}. */
final class EnumNames {

    private EnumNames() {
    }

    static String toJson(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumNames::toJson).collect(Collectors.joining(", "));
    }

    static <E extends Enum<E>> void register(SimpleModule module, Class<E> type) {
        module.addSerializer(type, new Writer<>(type));
        module.addDeserializer(type, new Reader<>(type));
    }

    private static final class Writer<E extends Enum<E>> extends StdSerializer<E> {
        Writer(Class<E> type) {
            super(type);
        }

        @Override
        public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(toJson(value));
        }
    }

    private static final class Reader<E extends Enum<E>> extends StdDeserializer<E> {
        private final Class<E> type;

        Reader(Class<E> type) {
            super(type);
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getText();
            for (E constant : type.getEnumConstants()) {
                if (toJson(constant).equals(text)) {
                    return constant;
                }
            }
            throw new JsonProblem(p, "\"" + text + "\" is not one of: " + allowed(type));
        }
    }
}
