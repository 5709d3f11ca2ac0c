package org.snegov.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A biography split into its parts, every part a {@link Span} of {@link #text()}.
 *
 * @param text     the whole text the spans index into (as decoded, BOM and {@code \r} included)
 * @param title    the title of the {@code = Title =} line, stripped and non-empty
 * @param caption  the line repeating the name above the infobox, or null
 * @param infobox  the {@code - Key: Value} entries in order; may be empty, never null
 * @param sections the lead (if it has paragraphs) and the sections in order; may be empty, never null
 */
public record BiographyDocument(String text, Span title, Span caption, List<InfoboxEntry> infobox,
                                List<Section> sections) {

    public BiographyDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        infobox = List.copyOf(infobox);
        sections = List.copyOf(sections);
    }

    /** The first infobox entry whose {@link InfoboxEntry#normalizedKey()} is one of {@code keys}. */
    public Optional<InfoboxEntry> infoboxEntry(String... keys) {
        for (InfoboxEntry e : infobox) {
            for (String k : keys) {
                if (e.normalizedKey().equals(k)) return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Every paragraph of every section, in text order. */
    public Stream<Span> paragraphs() {
        return sections.stream().flatMap(s -> s.paragraphs().stream());
    }

    /** The first paragraph of the lead, if the biography has a lead. */
    public Optional<Span> leadParagraph() {
        return sections.stream().filter(Section::isLead).flatMap(s -> s.paragraphs().stream()).findFirst();
    }
}
