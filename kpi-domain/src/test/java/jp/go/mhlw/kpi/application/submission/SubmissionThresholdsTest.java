package jp.go.mhlw.kpi.application.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.setting.FixedSettings;
import jp.go.mhlw.kpi.domain.model.setting.SettingKeys;
import jp.go.mhlw.kpi.domain.model.setting.Settings;
import jp.go.mhlw.kpi.domain.model.submission.ChangeThresholds;
import org.junit.jupiter.api.Test;

class SubmissionThresholdsTest {

    private static Settings factors(Map<String, BigDecimal> factors) {
        FixedSettings settings = new FixedSettings();
        factors.forEach(settings::with);
        return settings;
    }

    @Test
    void theAdministratorsFactorsDecideWhatIsUnusual() {
        ChangeThresholds thresholds = new SubmissionThresholds(factors(Map.of(
                SettingKeys.SUBMISSION_OUTLIER_UPPER_FACTOR, new BigDecimal(2),
                SettingKeys.SUBMISSION_OUTLIER_LOWER_FACTOR, new BigDecimal("0.5")))).current();

        assertThat(thresholds.isUnusual(new BigDecimal(21), BigDecimal.TEN)).as("over 2×").isTrue();
        assertThat(thresholds.isUnusual(new BigDecimal(20), BigDecimal.TEN)).as("exactly 2×").isFalse();
        assertThat(thresholds.isUnusual(new BigDecimal("4.9"), BigDecimal.TEN)).as("under ½").isTrue();
        assertThat(thresholds.isUnusual(new BigDecimal(5), BigDecimal.TEN)).as("exactly ½").isFalse();
    }

    @Test
    void aLowerFactorOfOneThirdKeepsExactlyAThirdUsual() {
        ChangeThresholds thresholds = new SubmissionThresholds(factors(Map.of(
                SettingKeys.SUBMISSION_OUTLIER_UPPER_FACTOR, new BigDecimal(3),
                SettingKeys.SUBMISSION_OUTLIER_LOWER_FACTOR,
                BigDecimal.ONE.divide(new BigDecimal(3), java.math.MathContext.DECIMAL64)))).current();

        assertThat(thresholds.isUnusual(BigDecimal.TEN, new BigDecimal(30))).isFalse();
        assertThat(thresholds.isUnusual(new BigDecimal("9.99"), new BigDecimal(30))).isTrue();
    }

    @Test
    void unreadableSettingsMeanTheDefaults() {
        assertThat(new SubmissionThresholds(factors(Map.of())).current()).isEqualTo(ChangeThresholds.DEFAULT);
        assertThat(new SubmissionThresholds().current()).isEqualTo(ChangeThresholds.DEFAULT);
    }
}
