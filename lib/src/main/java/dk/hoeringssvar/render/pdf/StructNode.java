package dk.hoeringssvar.render.pdf;

import java.util.Objects;

/**
 * A node of the logical structure tree built during layout: one per block (and per list item, table
 * row, cell …), linked to its parent. Drawn items point at their node, so the painter can later open the
 * matching structure element around each item. Compared by identity.
 *
 * @param altText alternate text for a figure, else null
 */
record StructNode(int id, StructureRole role, StructNode parent, String altText) {

    StructNode {
        Objects.requireNonNull(role, "role");
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return role.pdfName() + "#" + id;
    }
}
