package org.snegov.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsAtFullStopsBeforeCapitals() {
        String text = "0123456789He was arrested. He was released. ";
        Span p = Span.of(text, 10, text.length());
        assertThat(splitter.split(p)).extracting(Span::text).containsExactly("He was arrested.", "He was released.");
        assertThat(splitter.split(p).get(1).start()).isEqualTo(27);
    }

    @Test
    void doesNotSplitAfterInitialsOrStyleMarks() {
        String t = "His life was saved by A.I. Pantyukhov on 13 July [O.S. 1 July] 1894. Then he left.";
        assertThat(splitter.split(new Span(0, t.length(), t))).extracting(Span::text)
                .containsExactly("His life was saved by A.I. Pantyukhov on 13 July [O.S. 1 July] 1894.", "Then he left.");
    }

    @Test
    void splitsAfterAClosingQuote() {
        String t = "He said \"no.\" He left.";
        assertThat(splitter.split(new Span(0, t.length(), t))).extracting(Span::text)
                .containsExactly("He said \"no.\"", "He left.");
    }

    @Test
    void keepsAParagraphEndingInAColonAsOneSentence() {
        String t = "As he stressed to Khrushchev and Mikoyan:";
        assertThat(splitter.split(new Span(0, t.length(), t))).extracting(Span::text).containsExactly(t);
    }
}
