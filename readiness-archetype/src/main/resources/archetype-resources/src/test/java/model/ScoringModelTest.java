package ${package}.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ${package}.api.ScoreRequest;
import ${package}.api.ScoreResponse;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The core logic, line by line: the contract's coverage.core holds these classes to 0.9 line and 0.8 branch coverage. */
class ScoringModelTest {

    private final ScoringModel model = ScoringModel.load();

    @Test
    void loads_the_packaged_model() {
        assertThat(model.version()).isEqualTo("0.1.0");
    }

    @Test
    void a_missing_model_file_is_an_error_naming_it() {
        assertThatThrownBy(() -> ScoringModel.load("/model/absent.json"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/model/absent.json");
    }

    @Test
    void a_malformed_model_file_is_an_error_naming_it() {
        assertThatThrownBy(() -> ScoringModel.load("/model/truncated-model.json"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("truncated-model.json");
    }

    @Test
    void new_subscriber_with_many_tickets_is_high_risk() {
        ScoreResponse response = model.score(new ScoreRequest("c-1", 1, 110.0, 5, "monthly"));
        assertThat(response.probability()).isGreaterThan(0.6);
        assertThat(response.band()).isEqualTo("high");
        assertThat(response.id()).isEqualTo("c-1");
        assertThat(response.modelVersion()).isEqualTo("0.1.0");
    }

    @Test
    void long_standing_annual_subscriber_is_low_risk() {
        ScoreResponse response = model.score(new ScoreRequest("c-2", 60, 30.0, 0, "annual"));
        assertThat(response.probability()).isLessThan(0.3);
        assertThat(response.band()).isEqualTo("low");
    }

    @Test
    void annual_contract_lowers_the_score() {
        double monthly = model.score(new ScoreRequest("c", 12, 70.0, 1, "monthly")).probability();
        double annual = model.score(new ScoreRequest("c", 12, 70.0, 1, "annual")).probability();
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
