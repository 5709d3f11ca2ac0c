package org.snegov.extract;

import java.util.ArrayList;
import java.util.List;

/** Test fixtures: small biographies built by hand, without the reader's parser. */
final class Biographies {

    static final String SOURCE = "0".repeat(64);

    private Biographies() {
    }

    /** A biography titled {@code title} whose lead holds {@code paragraphs}, one per element. */
    static BiographyDocument of(String title, String... paragraphs) {
        StringBuilder text = new StringBuilder("= " + title + " =\n\n");
        Span titleSpan = Span.of("= " + title + " =", 2, 2 + title.length());
        List<Span> spans = new ArrayList<>();
        for (String p : paragraphs) {
            int start = text.length();
            text.append(p);
            spans.add(new Span(start, start + p.length(), p));
            text.append("\n\n");
        }
        return new BiographyDocument(text.toString(), titleSpan, null, List.of(),
                spans.isEmpty() ? List.of() : List.of(new Section(0, null, spans)));
    }
}
