package org.snegov.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExpiringValueTest {

    @Test
    void computesOncePerPeriod() {
        AtomicInteger calls = new AtomicInteger();
        ExpiringValue<Integer> value = new ExpiringValue<>(calls::incrementAndGet, Duration.ofHours(1));

        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(1);
        assertThat(calls).hasValue(1);
    }

    @Test
    void computesAgainOnceThePeriodIsOver() {
        AtomicInteger calls = new AtomicInteger();
        ExpiringValue<Integer> value = new ExpiringValue<>(calls::incrementAndGet, Duration.ZERO);

        value.get();
        value.get();

        assertThat(calls.get()).isGreaterThanOrEqualTo(2);
    }
}
