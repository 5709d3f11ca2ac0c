package org.snegov.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ModelTrainerTest {

    @Test
    void disagreementIsTakenFromTheNearNonMatchEmWhenSmallerAndTheOtherLevelsKeepTheirProportions() {
        double[][] m = {{0.6, 0.3, 0.1}, {0.5, 0.5}};
        double[][] near = {{0.7, 0.29, 0.01}, {0.0, 1.0}};
        ModelTrainer.takeDisagreementFrom(m, near, new boolean[] {false, true});
        assertThat(m[0][2]).isEqualTo(0.01);
        assertThat(m[0][0] / m[0][1]).isCloseTo(2.0, within(1e-12));
        assertThat(m[0][0] + m[0][1] + m[0][2]).isCloseTo(1.0, within(1e-12));
        assertThat(m[1]).containsExactly(0.5, 0.5);
    }

    @Test
    void aLargerDisagreementFromTheNearNonMatchEmChangesNothing() {
        double[][] m = {{0.6, 0.3, 0.1}};
        ModelTrainer.takeDisagreementFrom(m, new double[][] {{0.5, 0.2, 0.3}}, new boolean[] {false});
        assertThat(m[0]).containsExactly(0.6, 0.3, 0.1);
    }
}
