package dk.hoeringssvar.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Finds where in a JSON text the value at a path such as {@code $.body[2].items} starts. */
final class JsonLocator {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLocator() {
    }

    /** {line, column}, or null when the path is not in the text. */
    static int[] locate(String json, String path) {
        JsonPointer target = pointer(path);
        try (JsonParser p = FACTORY.createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() != JsonToken.FIELD_NAME && p.getParsingContext().pathAsPointer().equals(target)) {
                    JsonLocation at = p.currentTokenLocation();
                    return new int[] {at.getLineNr(), at.getColumnNr()};
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static JsonPointer pointer(String path) {
        String body = path.startsWith("$") ? path.substring(1) : path;
        StringBuilder pointer = new StringBuilder();
        for (String part : body.split("(?=[.\\[])")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.startsWith(".") ? part.substring(1) : part.substring(1, part.length() - 1);
            pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
        }
        return JsonPointer.compile(pointer.toString());
    }
}
