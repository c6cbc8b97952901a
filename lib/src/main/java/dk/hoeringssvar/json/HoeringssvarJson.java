package dk.hoeringssvar.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.internal.AtomicFiles;
import dk.hoeringssvar.model.HearingStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The JSON form of the model, for systems not written in Java. Dates are ISO-8601, enums lower-case
 * words ({@code support-with-remarks}), body blocks carry a {@code "type"}; reading is strict and every
 * error names the source, the JSON path, the line and the column. Immutable and thread-safe.
 *
 * <pre>{@code
 * HoeringssvarJson json = new HoeringssvarJson();
 * HearingStatement statement = json.readStatement(Path.of("svar.json"));
 * String text = json.writeStatement(statement);
 * }</pre>
 */
public final class HoeringssvarJson {

    /** Classpath location of the JSON Schema (draft 2020-12) of a statement. */
    public static final String STATEMENT_SCHEMA_RESOURCE = "/dk/hoeringssvar/json/statement.schema.json";

    private final ObjectMapper mapper = JsonMapping.create();
    private final UnknownFields unknownFields = new UnknownFields(mapper.getFactory());
    private final BundleReader bundles = new BundleReader(mapper, this);
    private final PolicyReader policies = new PolicyReader(mapper);

    /** Reads a statement file; image {@code "file"} paths resolve against its folder. */
    public HearingStatement readStatement(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new HoeringssvarException(file + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new HoeringssvarException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")", e);
        }
        Path folder = file.toAbsolutePath().getParent();
        return readStatement(json, file.toString(), folder);
    }

    /**
     * Reads a statement from JSON text.
     *
     * @param source        named in error messages (a file name, "request body" …)
     * @param baseDirectory where image {@code "file"} paths resolve; null allows only inline {@code "data"}
     * @throws JsonFormatException naming source, JSON path, line and column
     */
    public HearingStatement readStatement(String json, String source, Path baseDirectory) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        if (json.isBlank()) {
            throw new JsonFormatException(source, "$", "no JSON content", 0, 0, null);
        }
        ObjectReader reader = mapper.readerFor(HearingStatement.class);
        if (baseDirectory != null) {
            reader = reader.withAttribute(ImageJson.BASE_DIRECTORY, baseDirectory.toAbsolutePath().normalize());
        }
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            JsonFormatException error = JsonErrors.translate(source, e);
            // A misspelt field may be what left a required one missing: name the misspelling.
            JsonFormatException unknown = unknownFields.first(json, source, HearingStatement.class);
            throw unknown != null ? unknown : error;
        }
    }

    /**
     * Reads an annex bundle file: {@code {"hearing": {...}, "items": [...]}}, each item a statement
     * inline ({@code "statement"}), a statement file ({@code "statementFile"}) or a received PDF/DOCX
     * ({@code "file"} with {@code "title"} and {@code "sender"}); paths are relative to the bundle file
     * and inside its folder.
     */
    public dk.hoeringssvar.bundle.AnnexBundle readBundle(Path file) {
        return bundles.bundle(file);
    }

    /**
     * Reads a committee packet file: committee, meetingDate, itemNumber, itemTitle, caseNumber,
     * recommendation, background, the bundle inline ({@code "bundle"}) or by path ({@code "bundleFile"}),
     * the administration's {@code "comments"} by point id and the {@code "changes"}.
     */
    public dk.hoeringssvar.bundle.CommitteePacket readPacket(Path file) {
        return bundles.packet(file);
    }

    /**
     * Reads a publication policy file. It starts from {@link dk.hoeringssvar.publish.PublicationPolicy#danish()}
     * and every field may be left out: {@code "remove"} (rule name → Java pattern), {@code "names"},
     * {@code "keep"}, {@code "keepPatterns"}, {@code "without"} (rule names of the defaults to leave in:
     * cpr, e-mail, telefon, konto, adresse), {@code "privateSenders"} (sender kinds, default citizen),
     * {@code "mark"} and {@code "strict"}.
     */
    public dk.hoeringssvar.publish.PublicationPolicy readPolicy(Path file) {
        return policies.read(file);
    }

    /** The statement as indented JSON; absent values and empty lists are left out. */
    public String writeStatement(HearingStatement statement) {
        Objects.requireNonNull(statement, "statement");
        try {
            return mapper.writeValueAsString(statement) + "\n";
        } catch (JsonProcessingException e) {
            throw new HoeringssvarException("could not write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the statement to a file that appears whole or not at all. */
    public void writeStatement(HearingStatement statement, Path file) {
        byte[] bytes = writeStatement(statement).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The JSON Schema of a statement. */
    public static String statementSchema() {
        try (InputStream in = HoeringssvarJson.class.getResourceAsStream(STATEMENT_SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new HoeringssvarException("the statement schema is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HoeringssvarException("could not read the statement schema", e);
        }
    }
}
