package dk.hoeringssvar.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.model.RichText;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the first field the model does not know. Jackson checks unknown fields only after a record's
 * constructor has run, so a misspelt required field ({@code "titel"}) would otherwise be reported as
 * the missing field it left behind; this streaming pass over the same text names the misspelling, with
 * its path, line and column.
 */
final class UnknownFields {

    private final JsonFactory factory;

    UnknownFields(JsonFactory factory) {
        this.factory = factory;
    }

    /** The first unknown field, or null when there is none (or the text is not well-formed). */
    JsonFormatException first(String json, String source, Class<?> root) {
        try (JsonParser p = factory.createParser(json)) {
            p.nextToken();
            return check(p, root, "$", source);
        } catch (IOException e) {
            return null;
        }
    }

    private JsonFormatException check(JsonParser p, Type type, String path, String source) throws IOException {
        Class<?> raw = raw(type);
        if (p.currentToken() == JsonToken.START_ARRAY && List.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                JsonFormatException found = check(p, element, path + "[" + index++ + "]", source);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (raw == RichText.class && p.currentToken() == JsonToken.START_ARRAY) {
            return check(p, listOf(RichTextJson.Run.class), path, source);
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        List<RecordComponent> components = components(raw);
        if (components.isEmpty()) {
            p.skipChildren();
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            RecordComponent component = components.stream().filter(c -> c.getName().equals(name)).findFirst()
                    .orElse(null);
            p.nextToken();
            if (component == null) {
                if (raw == BodyBlock.class && name.equals("type")) {
                    continue;
                }
                Set<String> known = new TreeSet<>();
                components.forEach(c -> known.add(c.getName()));
                return new JsonFormatException(source, path + "." + name, "unknown field \"" + name
                        + "\"; known fields: " + String.join(", ", known), at.getLineNr(), at.getColumnNr(), null);
            }
            JsonFormatException found = check(p, component.getGenericType(), path + "." + name, source);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The fields a JSON object of this type may hold. A body block may hold any field of any block
     * kind: which kind it is decides the rest, and Jackson checks that once the block is built.
     */
    private static List<RecordComponent> components(Class<?> raw) {
        if (raw == Image.class) {
            return List.of(ImageJson.Source.class.getRecordComponents());
        }
        if (raw == BodyBlock.class) {
            List<RecordComponent> all = new ArrayList<>();
            for (Class<?> kind : BodyBlock.class.getPermittedSubclasses()) {
                for (RecordComponent c : kind.getRecordComponents()) {
                    if (all.stream().noneMatch(a -> a.getName().equals(c.getName()))) {
                        all.add(c);
                    }
                }
            }
            return all;
        }
        return raw.isRecord() && raw != RichText.class ? Arrays.asList(raw.getRecordComponents()) : List.of();
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
    }

    private static Type listOf(Class<?> element) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {element};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
