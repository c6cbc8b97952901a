package dk.hoeringssvar.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/** Validates JSON text against the shipped statement schema with networknt's validator. */
final class SchemaCheck {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(HoeringssvarJson.statementSchema());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaCheck() {
    }

    static List<String> problems(String json) {
        try {
            return SCHEMA.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
