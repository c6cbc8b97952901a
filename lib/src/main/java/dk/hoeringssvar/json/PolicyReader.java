package dk.hoeringssvar.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.publish.PersonalData;
import dk.hoeringssvar.publish.PublicationPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a publication policy file into a {@link PublicationPolicy} that starts from the Danish defaults. */
final class PolicyReader {

    /** The file's shape; every field may be left out. */
    record PolicyJson(Map<String, String> remove, List<String> names, List<String> keep, List<String> keepPatterns,
                      List<String> without, List<String> privateSenders, String mark, Boolean strict) {
    }

    private final ObjectMapper mapper;

    PolicyReader(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    PublicationPolicy read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new HoeringssvarException(file + ": no such file");
        } catch (IOException e) {
            throw new HoeringssvarException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")", e);
        }
        PolicyJson p;
        try {
            p = mapper.readValue(json, PolicyJson.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(file.toString(), e);
        }
        if (p == null) {
            throw new JsonFormatException(file.toString(), "$", "no JSON content", 0, 0, null);
        }
        try {
            return build(p);
        } catch (InvalidModelException e) {
            throw new JsonFormatException(file.toString(), "$", e.getMessage(), 0, 0, e);
        }
    }

    private static PublicationPolicy build(PolicyJson p) {
        PublicationPolicy.Builder b = PublicationPolicy.builder();
        if (p.remove() != null) {
            p.remove().forEach(b::remove);
        }
        if (p.names() != null) {
            b.removeNames(p.names().toArray(String[]::new));
        }
        if (p.keep() != null) {
            b.keep(p.keep().toArray(String[]::new));
        }
        if (p.keepPatterns() != null) {
            p.keepPatterns().forEach(b::keepPattern);
        }
        if (p.without() != null) {
            for (String rule : p.without()) {
                b.without(kind(rule));
            }
        }
        if (p.privateSenders() != null) {
            b.privateSenders(p.privateSenders().stream().map(PolicyReader::senderKind).toArray(SenderKind[]::new));
        }
        if (p.mark() != null) {
            b.mark(p.mark());
        }
        if (p.strict() != null) {
            b.strict(p.strict());
        }
        return b.build();
    }

    private static PersonalData kind(String rule) {
        for (PersonalData kind : PersonalData.values()) {
            if (kind.ruleName().equals(rule)) {
                return kind;
            }
        }
        throw new InvalidModelException("without", "unknown rule \"" + rule + "\"; the rules are cpr, e-mail, "
                + "telefon, konto, adresse");
    }

    private static SenderKind senderKind(String name) {
        try {
            return SenderKind.valueOf(name.replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException("privateSenders", "unknown sender kind \"" + name + "\"");
        }
    }
}
