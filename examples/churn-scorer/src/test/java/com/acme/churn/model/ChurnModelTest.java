package com.acme.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.churn.api.ScoreRequest;
import com.acme.churn.api.ScoreResponse;
import org.junit.jupiter.api.Test;

class ChurnModelTest {

    private final ChurnModel model = ChurnModel.load();

    @Test
    void loads_the_packaged_model() {
        assertThat(model.version()).isEqualTo("2026.11.1");
    }

    @Test
    void new_subscriber_with_many_tickets_is_high_risk() {
        ScoreResponse response = model.score(new ScoreRequest("c-1", 1, 110.0, 5, "monthly"));
        assertThat(response.churnProbability()).isGreaterThan(0.6);
        assertThat(response.riskBand()).isEqualTo("high");
        assertThat(response.customerId()).isEqualTo("c-1");
    }

    @Test
    void long_standing_annual_subscriber_is_low_risk() {
        ScoreResponse response = model.score(new ScoreRequest("c-2", 60, 30.0, 0, "annual"));
        assertThat(response.churnProbability()).isLessThan(0.3);
        assertThat(response.riskBand()).isEqualTo("low");
    }

    @Test
    void annual_contract_lowers_the_score() {
        double monthly = model.score(new ScoreRequest("c", 12, 70.0, 1, "monthly")).churnProbability();
        double annual = model.score(new ScoreRequest("c", 12, 70.0, 1, "annual")).churnProbability();
        assertThat(annual).isLessThan(monthly);
    }

    @Test
    void rejects_negative_features() {
        assertThatThrownBy(() -> model.score(new ScoreRequest("c", -1, 70.0, 1, "monthly")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> model.score(new ScoreRequest("c", 1, -70.0, 1, "monthly")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.score(new ScoreRequest("c", 1, 70.0, -1, "monthly")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_unknown_contract_type() {
        assertThatThrownBy(() -> model.score(new ScoreRequest("c", 1, 70.0, 1, "weekly")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weekly");
    }

    @Test
    void risk_bands_have_inclusive_lower_bounds() {
        assertThat(RiskBand.of(0.6)).isEqualTo("high");
        assertThat(RiskBand.of(0.5999)).isEqualTo("medium");
        assertThat(RiskBand.of(0.3)).isEqualTo("medium");
        assertThat(RiskBand.of(0.2999)).isEqualTo("low");
    }
}
