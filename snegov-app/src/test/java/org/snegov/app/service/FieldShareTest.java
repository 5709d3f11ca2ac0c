package org.snegov.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldShareTest {

    @Test
    void readsTheStoredExplanationAddingTheFrequencyAdjustment() {
        assertThat(PersonView.FieldShare.parse("surname:exact:9.94:-0.21;patronymic:other:-7.20:0.00"))
                .containsExactly(new PersonView.FieldShare("surname", "exact", 9.73),
                        new PersonView.FieldShare("patronymic", "other", -7.2));
    }

    @Test
    void readsNothingFromNoExplanationAndSkipsDamagedEntries() {
        assertThat(PersonView.FieldShare.parse(null)).isEmpty();
        assertThat(PersonView.FieldShare.parse("surname:exact:x:0;given:exact:1.5:0.5"))
                .containsExactly(new PersonView.FieldShare("given", "exact", 2.0));
    }
}
