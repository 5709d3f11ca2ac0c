package org.snegov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonTest {

    private static final SourceRecord RECORD = new SourceRecord("r1", "s1", "test",
            List.of(new PersonName("Иванов Иван", "Иванов", "Иван", null, NameKind.PRIMARY,
                    new Evidence("s1", 0, 6, "Иванов"))), null, null, List.of(), List.of(), List.of());

    @ParameterizedTest
    @ValueSource(strings = {"pabcdef", "p0123456789abcdef", "p0123456789abcdef0123456789abcdef"})
    void acceptsPAndSixToThirtyTwoLowerCaseHexDigits(String id) {
        assertThat(new Person(id, List.of(RECORD)).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "p", "pabcde", "PABCDEF", "pABCDEF", "q0123456", "p012345g", " pabcdef", "pabcdef ",
            "p0123456789abcdef0123456789abcdef0"})
    void rejectsAnyOtherIdNamingIt(String id) {
        assertThatThrownBy(() -> new Person(id, List.of(RECORD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + id + "'");
    }

    @Test
    void idForIsStableSixteenHexDigitsOfTheRecordIdsHash() {
        // SHA-256("r1") begins 82f3e9c695dc6b8d: the id must never change, pages and links are keyed by it.
        assertThat(Person.idFor("r1")).isEqualTo("p82f3e9c695dc6b8d");
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000; i++) {
            String recordId = "r" + Long.toHexString(random.nextLong()) + "-" + random.nextInt(1_000_000);
            String id = Person.idFor(recordId);
            assertThat(id).isEqualTo(Person.idFor(recordId)).hasSize(17);
            assertThat(new Person(id, List.of(RECORD)).id()).isEqualTo(id);
        }
    }
}
