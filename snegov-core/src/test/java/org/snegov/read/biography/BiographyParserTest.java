package org.snegov.read.biography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snegov.extract.BiographyDocument;
import org.snegov.extract.Section;
import org.snegov.extract.Span;

class BiographyParserTest {

    private final BiographyParser parser = new BiographyParser();

    private static final String BIO = """
            = Ivan Petrov =

            Ivan Petrov
            - Born: 1898
            - Birthplace: Kiev

            Ivan Petrov (1898 – 1970) was an engineer.

            == Arrest ==
            He was arrested in 1937.
            Still the same paragraph.

            He was released in 1939.
            """;

    private static void assertExact(String text, Span s) {
        assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }

    @Test
    void splitsTitleInfoboxSectionsAndParagraphsWithExactOffsets() {
        BiographyDocument d = parser.parse(BIO).orElseThrow();
        assertThat(d.title().text()).isEqualTo("Ivan Petrov");
        assertThat(d.title().start()).isEqualTo(2);
        assertThat(d.caption().text()).isEqualTo("Ivan Petrov");
        assertThat(d.infobox()).extracting(e -> e.key().text() + "=" + e.value().text())
                .containsExactly("Born=1898", "Birthplace=Kiev");
        assertThat(d.sections()).hasSize(2);
        assertThat(d.sections().get(0).isLead()).isTrue();
        assertThat(d.sections().get(1).heading().text()).isEqualTo("Arrest");
        assertThat(d.sections().get(1).paragraphs()).extracting(Span::text)
                .containsExactly("He was arrested in 1937.\nStill the same paragraph.", "He was released in 1939.");
        assertExact(BIO, d.title());
        d.infobox().forEach(e -> {
            assertExact(BIO, e.key());
            assertExact(BIO, e.value());
        });
        d.paragraphs().forEach(p -> assertExact(BIO, p));
    }

    @Test
    void keepsOffsetsIntoTheTextWithCarriageReturnsAndAByteOrderMark() {
        String crlf = "\uFEFF" + BIO.replace("\n", "\r\n");
        BiographyDocument d = parser.parse(crlf).orElseThrow();
        assertThat(d.title().text()).isEqualTo("Ivan Petrov");
        assertThat(d.title().start()).isEqualTo(3);
        assertThat(d.infobox().get(1).value().text()).isEqualTo("Kiev");
        assertExact(crlf, d.infobox().get(1).value());
        d.paragraphs().forEach(p -> {
            assertExact(crlf, p);
            assertThat(p.text()).doesNotEndWith("\r");
        });
    }

    @Test
    void acceptsABiographyWithNoInfoboxNoLeadAndNoSections() {
        BiographyDocument d = parser.parse("= Ivan Petrov =\n").orElseThrow();
        assertThat(d.infobox()).isEmpty();
        assertThat(d.sections()).isEmpty();
        assertThat(d.caption()).isNull();
    }

    @Test
    void acceptsSectionsWithoutALead() {
        BiographyDocument d = parser.parse("= X =\n\n== Life ==\nHe lived.\n").orElseThrow();
        assertThat(d.sections()).extracting(Section::isLead).containsExactly(false);
        assertThat(d.leadParagraph()).isEmpty();
    }

    @Test
    void keepsAParagraphEndingInAColonWithTheQuotationMissing() {
        String text = "= X =\n\nAs he stressed to Khrushchev and Mikoyan:\n\nAfter Khrushchev's fall, he retired.\n";
        BiographyDocument d = parser.parse(text).orElseThrow();
        assertThat(d.paragraphs().map(Span::text)).containsExactly("As he stressed to Khrushchev and Mikoyan:",
                "After Khrushchev's fall, he retired.");
    }

    @Test
    void makesEachListItemOfTheBodyAParagraphWithoutItsBullet() {
        String text = "= X =\n\nLead.\n\n== Timeline ==\n\n- 1931: arrested\n- 1932: exiled to Kursk\nwith his friend.\n";
        BiographyDocument d = parser.parse(text).orElseThrow();
        assertThat(d.paragraphs().map(Span::text)).containsExactly("Lead.", "1931: arrested",
                "1932: exiled to Kursk\nwith his friend.");
        d.paragraphs().forEach(p -> assertExact(text, p));
    }

    @Test
    void readsAnInfoboxWithoutCaptionAndALineWithoutColon() {
        BiographyDocument d = parser.parse("= X =\n- Born: 1901\n- oddity\n\nText.").orElseThrow();
        assertThat(d.infobox()).extracting(e -> e.key().text() + "=" + e.value().text())
                .containsExactly("Born=1901", "oddity=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "name,born\nIvan,1898\n", "== Section ==\ntext", "= =\n", "\u0000\u0001binary"})
    void rejectsTextsThatAreNotBiographies(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }
}
