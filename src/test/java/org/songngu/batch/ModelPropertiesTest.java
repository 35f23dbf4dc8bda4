package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelPropertiesTest {

    private final ModelProperties properties = new ModelProperties(0.25, 1_000);

    @Test
    void aModelIsLearnedOnceThereIsMaterialAndAgainWhenItGrewByTheShare() {
        assertThat(properties.relearn(null, 0)).as("nothing to learn from").isFalse();
        assertThat(properties.relearn(null, 1)).as("no model yet").isTrue();
        assertThat(properties.relearn(100L, 124)).isFalse();
        assertThat(properties.relearn(100L, 125)).isTrue();
        assertThat(properties.relearn(100L, 90)).as("material removed").isFalse();
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new ModelProperties(0, 1_000)).hasMessageContaining("relearn-growth");
        assertThatThrownBy(() -> new ModelProperties(0.25, 0)).hasMessageContaining("budget");
    }
}
