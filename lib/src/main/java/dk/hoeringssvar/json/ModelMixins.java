package dk.hoeringssvar.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dk.hoeringssvar.model.BodyBlock;

/** Jackson annotations for the model, kept here so the model itself carries none. */
final class ModelMixins {

    private ModelMixins() {
    }

    /** A body block names its kind in {@code "type"}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = BodyBlock.Heading.class, name = "heading"),
            @JsonSubTypes.Type(value = BodyBlock.Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = BodyBlock.BulletList.class, name = "bullet-list"),
            @JsonSubTypes.Type(value = BodyBlock.NumberedList.class, name = "numbered-list"),
            @JsonSubTypes.Type(value = BodyBlock.Quotation.class, name = "quotation"),
            @JsonSubTypes.Type(value = BodyBlock.PullQuote.class, name = "pull-quote"),
            @JsonSubTypes.Type(value = BodyBlock.ProposalBox.class, name = "proposal-box"),
            @JsonSubTypes.Type(value = BodyBlock.Table.class, name = "table"),
            @JsonSubTypes.Type(value = BodyBlock.Figure.class, name = "figure")
    })
    interface BodyBlockMixin {
    }
}
