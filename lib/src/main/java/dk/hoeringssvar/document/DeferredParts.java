package dk.hoeringssvar.document;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The parts of a {@link CompiledDocument} made when they are asked for and never kept: for a bundle of
 * thousands of statements whose document trees together would not fit in memory. A
 * {@link CompiledDocument} given these parts keeps them as they are instead of copying them.
 *
 * <p>{@link #get} makes the part anew on every call, so a renderer that reads the parts once (PDF
 * plans each part, then paints it, and makes it a second time only if it could not keep its pages)
 * holds one part at a time. {@code maker} must give equal parts for the same index every time, and be
 * safe to call from the thread that renders.
 */
public final class DeferredParts extends AbstractList<CompiledDocument.Part> implements RandomAccess {

    private final int size;
    private final IntFunction<CompiledDocument.Part> maker;

    /**
     * @param size  the number of parts
     * @param maker makes part {@code index} (0-based); never returns null
     */
    public DeferredParts(int size, IntFunction<CompiledDocument.Part> maker) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, was " + size);
        }
        this.size = size;
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    /** Makes part {@code index}: a new part on each call. */
    @Override
    public CompiledDocument.Part get(int index) {
        Objects.checkIndex(index, size);
        return Objects.requireNonNull(maker.apply(index), () -> "part " + index + " was made as null");
    }

    @Override
    public int size() {
        return size;
    }

    /** The parts made once each and kept: for renderers that read them several times. */
    public List<CompiledDocument.Part> materialize() {
        return List.copyOf(this);
    }
}
