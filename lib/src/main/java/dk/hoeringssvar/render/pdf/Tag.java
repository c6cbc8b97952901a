package dk.hoeringssvar.render.pdf;

import java.util.Objects;

/**
 * What a drawn item is, for tagged PDF: real content of {@code node} (role = the node's role) or
 * decoration belonging to {@code node} (role = {@link StructureRole#ARTIFACT}).
 */
record Tag(StructureRole role, StructNode node) {

    Tag {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(node, "node");
    }

    static Tag content(StructNode node) {
        return new Tag(node.role(), node);
    }

    static Tag decoration(StructNode node) {
        return new Tag(StructureRole.ARTIFACT, node);
    }

    boolean artifact() {
        return role == StructureRole.ARTIFACT;
    }

    Tag asDecoration() {
        return artifact() ? this : decoration(node);
    }
}
