package dk.hoeringssvar.render.pdf;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the structure nodes of one render, so ids stay unique across the parts of a bundle. Parts may
 * be laid out on several threads (the ids then depend on timing; they only name nodes in messages,
 * nodes are compared by identity).
 */
final class NodeIds {

    private final AtomicInteger next = new AtomicInteger();

    int next() {
        return next.getAndIncrement();
    }
}
