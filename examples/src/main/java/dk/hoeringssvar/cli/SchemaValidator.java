package dk.hoeringssvar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.hoeringssvar.json.HoeringssvarJson;
import java.util.Comparator;
import java.util.List;

/** Every way a JSON text breaks the statement schema, each with its path, line and column. */
final class SchemaValidator {

    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(HoeringssvarJson.statementSchema());
    private final ObjectMapper mapper = new ObjectMapper();

    /** Problems as {@code source: $.path: message (line L, column C)}; empty when valid or not JSON at all. */
    List<String> problems(String json, String source) {
        try {
            var tree = mapper.readTree(json);
            if (tree == null) {
                return List.of();
            }
            return schema.validate(tree).stream()
                    .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                            .thenComparing(ValidationMessage::getMessage))
                    .map(m -> format(source, json, m))
                    .distinct()
                    .toList();
        } catch (JsonProcessingException e) {
            return List.of(); // not JSON: the model reader reports it with its position
        }
    }

    private static String format(String source, String json, ValidationMessage m) {
        String path = m.getInstanceLocation().toString();
        String message = m.getMessage();
        if (message.startsWith(path + ": ")) {
            message = message.substring(path.length() + 2);
        }
        if ("additionalProperties".equals(m.getType()) && m.getProperty() != null) {
            path = path + "." + m.getProperty(); // point at the unknown field itself, not its object
        }
        int[] at = JsonLocator.locate(json, path);
        return source + ": " + path + ": " + message + (at == null ? "" : " (line " + at[0] + ", column " + at[1] + ")");
    }
}
