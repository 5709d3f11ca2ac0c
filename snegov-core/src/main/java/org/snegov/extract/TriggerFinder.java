package org.snegov.extract;

import java.util.List;

/** Finds the phrases of one sentence that state events. Implementations are stateless and thread-safe. */
@FunctionalInterface
public interface TriggerFinder {

    /**
     * The triggers of {@code sentence}, in any order; may be empty, never null. Subject, negation and date are
     * not checked here.
     */
    List<Trigger> find(Span sentence);
}
