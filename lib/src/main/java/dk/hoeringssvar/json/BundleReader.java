package dk.hoeringssvar.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.BundleItem;
import dk.hoeringssvar.bundle.CommitteePacket;
import dk.hoeringssvar.bundle.HearingSummary;
import dk.hoeringssvar.bundle.ReceivedDocument;
import dk.hoeringssvar.model.InvalidModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads bundle and packet files, resolving the files they name against their own folder. */
final class BundleReader {

    private final ObjectMapper mapper;
    private final HoeringssvarJson statements;
    private final UnknownFields unknownFields;

    BundleReader(ObjectMapper mapper, HoeringssvarJson statements) {
        this.mapper = mapper;
        this.statements = statements;
        this.unknownFields = new UnknownFields(mapper.getFactory());
    }

    AnnexBundle bundle(Path file) {
        return toBundle(read(file, BundleJson.Bundle.class), file, "$");
    }

    CommitteePacket packet(Path file) {
        BundleJson.Packet json = read(file, BundleJson.Packet.class);
        AnnexBundle bundle;
        if ((json.bundle() == null) == (json.bundleFile() == null)) {
            throw new JsonFormatException(file.toString(), "$", "a packet needs exactly one of \"bundle\" or \"bundleFile\"",
                    0, 0, null);
        } else if (json.bundle() != null) {
            bundle = toBundle(json.bundle(), file, "$.bundle");
        } else {
            bundle = bundle(inside(file, json.bundleFile(), "$.bundleFile"));
        }
        String source = file.toString();
        try {
            HearingSummary summary = HearingSummary.from(bundle);
            if (json.comments() != null) {
                summary = summary.withComments(json.comments());
            }
            summary = summary.withChanges(json.changes());
            return new CommitteePacket(json.committee(), json.meetingDate(), json.itemNumber(), json.itemTitle(),
                    json.caseNumber(), json.recommendation(), json.background(), summary, bundle);
        } catch (InvalidModelException e) {
            throw new JsonFormatException(source, jsonPath("$", e.field()), e.problem(), 0, 0, e);
        }
    }

    private AnnexBundle toBundle(BundleJson.Bundle json, Path file, String at) {
        String source = file.toString();
        if (json.items() == null || json.items().isEmpty()) {
            throw new JsonFormatException(source, at + ".items", "needs at least one entry", 0, 0, null);
        }
        List<BundleItem> items = new ArrayList<>();
        for (int i = 0; i < json.items().size(); i++) {
            String path = at + ".items[" + i + "]";
            BundleJson.Item item = json.items().get(i);
            int given = (item.statement() != null ? 1 : 0) + (item.statementFile() != null ? 1 : 0)
                    + (item.file() != null ? 1 : 0);
            if (given != 1) {
                throw new JsonFormatException(source, path,
                        "an item needs exactly one of \"statement\", \"statementFile\" or \"file\"", 0, 0, null);
            }
            if (item.statement() != null) {
                items.add(new BundleItem.Statement(item.statement()));
            } else if (item.statementFile() != null) {
                items.add(new BundleItem.Statement(statements.readStatement(
                        inside(file, item.statementFile(), path + ".statementFile"))));
            } else {
                if (item.title() == null || item.sender() == null) {
                    throw new JsonFormatException(source, path, "a received \"file\" needs \"title\" and \"sender\"",
                            0, 0, null);
                }
                Path received = inside(file, item.file(), path + ".file");
                try {
                    items.add(new BundleItem.Received(ReceivedDocument.read(received, item.title(), item.sender())));
                } catch (InvalidModelException e) {
                    throw new JsonFormatException(source, path + ".file", e.getMessage(), 0, 0, e);
                }
            }
        }
        try {
            return new AnnexBundle(json.hearing(), items);
        } catch (InvalidModelException e) {
            throw new JsonFormatException(source, jsonPath(at, e.field()), e.problem(), 0, 0, e);
        }
    }

    private <T> T read(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new HoeringssvarException(file + ": no such file");
        } catch (IOException e) {
            throw new HoeringssvarException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        try {
            return mapper.readerFor(type).with(mapper.getDeserializationConfig().getAttributes()
                    .withSharedAttribute(ImageJson.BASE_DIRECTORY, file.toAbsolutePath().getParent().normalize()))
                    .readValue(text);
        } catch (JsonProcessingException e) {
            JsonFormatException error = JsonErrors.translate(file.toString(), e);
            JsonFormatException unknown = unknownFields.first(text, file.toString(), type);
            throw unknown != null ? unknown : error;
        }
    }

    /** A path named in a JSON file, resolved against its folder; it may not lead out of it. */
    private static Path inside(Path jsonFile, String relative, String at) {
        Path base = jsonFile.toAbsolutePath().getParent().normalize();
        Path resolved = base.resolve(relative).normalize();
        if (Path.of(relative).isAbsolute() || !resolved.startsWith(base)) {
            throw new JsonFormatException(jsonFile.toString(), at, "\"" + relative
                    + "\" must be a path inside the JSON file's folder", 0, 0, null);
        }
        if (!Files.isRegularFile(resolved)) {
            throw new JsonFormatException(jsonFile.toString(), at, "no such file \"" + relative + "\"", 0, 0, null);
        }
        return resolved;
    }

    /** "Hearing.title" found under "$" becomes "$.hearing.title"; other fields stay as they are. */
    private static String jsonPath(String at, String modelField) {
        int dot = modelField.indexOf('.');
        if (dot < 0) {
            return at;
        }
        String type = modelField.substring(0, dot);
        String rest = modelField.substring(dot + 1);
        String prefix = type.equals("Hearing") ? at + ".hearing." : at + ".";
        return prefix + rest;
    }
}
