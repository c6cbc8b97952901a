package dk.hoeringssvar.bundle;

import dk.hoeringssvar.model.InvalidModelException;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/** The items of a bundle made by the caller's function each time one is asked for; see {@link AnnexBundle#supplied}. */
final class SuppliedItems extends AbstractList<BundleItem> implements RandomAccess {

    private final int size;
    private final IntFunction<? extends BundleItem> items;

    SuppliedItems(int size, IntFunction<? extends BundleItem> items) {
        if (size < 1) {
            throw new InvalidModelException("AnnexBundle.items", "needs at least one entry");
        }
        this.size = size;
        this.items = Objects.requireNonNull(items, "items");
    }

    @Override
    public BundleItem get(int index) {
        Objects.checkIndex(index, size);
        BundleItem item = items.apply(index);
        if (item == null) {
            throw new InvalidModelException("AnnexBundle.items[" + index + "]", "is required");
        }
        return item;
    }

    @Override
    public int size() {
        return size;
    }
}
