package org.snegov.eval;

import java.util.Objects;
import org.snegov.model.SourceRecord;

/**
 * One document to score: its gold, its text and what the extractor made of it.
 *
 * @param gold      the gold reading
 * @param text      the document's text, into which the predicted evidence offsets index
 * @param predicted the extracted record, or null when the extractor made none (everything gold is then missed)
 */
public record EvaluationCase(GoldDocument gold, String text, SourceRecord predicted) {

    public EvaluationCase {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(text, "text");
    }
}
