package dk.hoeringssvar.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.RichText;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.model.SignatureArrangement;
import dk.hoeringssvar.model.Stance;

/**
 * The one strictly configured {@link ObjectMapper}: unknown fields, duplicate keys, trailing content,
 * numbers for text, text for numbers and floats for whole numbers are all errors. Thread-safe once built.
 */
final class JsonMapping {

    private JsonMapping() {
    }

    static ObjectMapper create() {
        SimpleModule model = new SimpleModule("hoeringssvar-model");
        model.setMixInAnnotation(BodyBlock.class, ModelMixins.BodyBlockMixin.class);
        model.addSerializer(RichText.class, new RichTextJson.Writer());
        model.addDeserializer(RichText.class, new RichTextJson.Reader());
        model.addSerializer(Image.class, new ImageJson.Writer());
        model.addDeserializer(Image.class, new ImageJson.Reader());
        model.addDeserializer(BodyBlock.NumberedList.class, new NumberedListJson());
        EnumNames.register(model, Position.class);
        EnumNames.register(model, Stance.class);
        EnumNames.register(model, SenderKind.class);
        EnumNames.register(model, SignatureArrangement.class);

        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(model)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .build();
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
        mapper.getFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        return mapper;
    }
}
