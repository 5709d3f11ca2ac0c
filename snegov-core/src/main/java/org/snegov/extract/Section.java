package org.snegov.extract;

import java.util.List;

/**
 * A part of a biography: the lead (before any heading) or a {@code == Heading ==} section.
 *
 * @param level      0 for the lead, else the number of {@code =} around the heading (2 for {@code == X ==})
 * @param heading    the heading text, stripped; null for the lead
 * @param paragraphs the paragraphs in text order, each stripped and non-empty; may be empty, never null
 */
public record Section(int level, Span heading, List<Span> paragraphs) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
        if ((level == 0) != (heading == null)) {
            throw new IllegalArgumentException("the lead, and only the lead, has no heading");
        }
    }

    public boolean isLead() {
        return heading == null;
    }
}
