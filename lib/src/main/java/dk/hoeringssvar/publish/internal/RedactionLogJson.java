package dk.hoeringssvar.publish.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.hoeringssvar.publish.RedactionLog;

/** Writes a {@link RedactionLog} as indented JSON; records serialise by their components. */
public final class RedactionLogJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RedactionLogJson() {
    }

    public static String write(RedactionLog log) {
        try {
            return MAPPER.writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the redaction log as JSON", e);
        }
    }
}
