package dk.hoeringssvar.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A problem found by one of our own readers, already worded for the user; Jackson adds the path. */
final class JsonProblem extends JsonMappingException {
    JsonProblem(JsonParser p, String message) {
        super(p, message);
    }
}
