package dk.hoeringssvar.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.InvalidModelException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into {@link JsonFormatException}s a person can act on. */
final class JsonErrors {

    private static final Pattern MODEL_FIELD = Pattern.compile("^[A-Z][A-Za-z]*\\.(.+)$");
    private static final Pattern FROM_TOKEN = Pattern.compile("(?:from|coerce) (\\w+(?:-\\w+)?) value");
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*\\(start marker at \\[Source: .*?\\]\\)");

    private JsonErrors() {
    }

    static JsonFormatException translate(String source, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        if (!(e instanceof JsonMappingException mapping)) {
            return new JsonFormatException(source, "$", syntax(e), line, column, e);
        }
        String path = path(mapping.getPath());
        InvalidModelException model = cause(e, InvalidModelException.class);
        JsonProblem problem = cause(e, JsonProblem.class);
        if (problem != null) {
            JsonLocation at = problem.getLocation();
            return new JsonFormatException(source, path, problem.getOriginalMessage(),
                    at == null ? line : at.getLineNr(), at == null ? column : at.getColumnNr(), e);
        }
        if (model != null) {
            Matcher field = MODEL_FIELD.matcher(model.field());
            String at = field.matches() ? join(path, field.group(1)) : path;
            return new JsonFormatException(source, at, model.problem(), line, column, e);
        }
        return new JsonFormatException(source, path, problem(mapping), line, column, e);
    }

    private static String problem(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            return "unknown field \"" + u.getPropertyName() + "\""
                    + (known == null || known.isEmpty() ? "" : "; known fields: "
                    + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidTypeIdException t) {
            String allowed = Arrays.stream(BodyBlock.Kind.values()).map(EnumNames::toJson)
                    .collect(Collectors.joining(", "));
            return t.getTypeId() == null ? "a body block needs \"type\", one of: " + allowed
                    : "unknown block type \"" + t.getTypeId() + "\"; one of: " + allowed;
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return "unexpected content after the statement";
        }
        if (e instanceof InvalidFormatException f) {
            if (f.getValue() instanceof String text) {
                return "\"" + text + "\" is not " + describe(f.getTargetType());
            }
            return "expected " + describe(f.getTargetType()) + ", got " + f.getValue();
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String got = got(m.getOriginalMessage());
            return "expected " + describe(m.getTargetType()) + (got == null ? "" : ", got " + got);
        }
        String message = firstLine(e.getOriginalMessage());
        return message.startsWith("Unexpected end-of-input") ? "not valid JSON: " + message : message;
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == LocalTime.class) {
            return "a time (HH:MM)";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String got(String message) {
        Matcher m = FROM_TOKEN.matcher(message == null ? "" : message);
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "array" -> "a list";
            case "object" -> "an object";
            case "string" -> "text";
            case "integer", "floating-point" -> "a number";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> null;
        };
    }

    private static String syntax(JsonProcessingException e) {
        if (e instanceof StreamReadException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Duplicate field")) {
            return "duplicate field " + e.getOriginalMessage().replaceAll("^Duplicate field '(.*)'.*$", "\"$1\"");
        }
        return "not valid JSON: " + firstLine(e.getOriginalMessage());
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String join(String path, String field) {
        return field.startsWith("[") ? path + field : path + "." + field;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).strip();
        return SOURCE_NOTE.matcher(line).replaceAll("");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
