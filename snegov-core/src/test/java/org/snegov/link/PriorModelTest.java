package org.snegov.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PriorModelTest {

    @ParameterizedTest
    @EnumSource(FieldKind.class)
    void thePriorModelHasAProbabilityForEveryLevelOfEveryKindSummingToOne(FieldKind kind) {
        LinkSettings settings = new LinkSettings(List.of(new FieldSpec("f", kind, false)),
                List.of(BlockingRule.parse("f:exact")), List.of(), 0.5, 0.9, 0.5, false, 100, 1000, 0.5, 1);

        MatchModel model = ModelTrainer.priorModel(settings);

        assertThat(model.m()[0]).hasSize(kind.levels().size());
        assertThat(model.u()[0]).hasSize(kind.levels().size());
        assertThat(Arrays.stream(model.m()[0]).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(Arrays.stream(model.u()[0]).sum()).isCloseTo(1.0, within(1e-9));
    }
}
