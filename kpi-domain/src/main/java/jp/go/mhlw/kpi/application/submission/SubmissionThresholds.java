package jp.go.mhlw.kpi.application.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.logging.Logger;
import jp.go.mhlw.kpi.domain.model.setting.SettingKeys;
import jp.go.mhlw.kpi.domain.model.setting.Settings;
import jp.go.mhlw.kpi.domain.model.submission.ChangeThresholds;

/**
 * Where the submission checks get their year-over-year thresholds: the administrators' settings (upper factor, e.g.
 * 3, and lower factor, e.g. 1/3), read at each check. Settings that cannot be read mean the defaults (3× and ⅓),
 * with a warning, so that a submission is never blocked by a settings problem.
 */
@ApplicationScoped
public class SubmissionThresholds {

    private static final Logger LOG = Logger.getLogger(SubmissionThresholds.class.getName());

    private Settings settings;

    /** Without settings: the defaults. */
    public SubmissionThresholds() {
    }

    @Inject
    public SubmissionThresholds(Settings settings) {
        this.settings = settings;
    }

    public ChangeThresholds current() {
        if (settings == null) {
            return ChangeThresholds.DEFAULT;
        }
        try {
            BigDecimal upper = settings.factor(SettingKeys.SUBMISSION_OUTLIER_UPPER_FACTOR);
            BigDecimal lower = settings.factor(SettingKeys.SUBMISSION_OUTLIER_LOWER_FACTOR);
            // the checks compare 'current × falling < previous': falling is the inverse of the lower factor
            return new ChangeThresholds(upper, BigDecimal.ONE.divide(lower, MathContext.DECIMAL64));
        } catch (RuntimeException unreadable) {
            LOG.warning(() -> "the outlier thresholds cannot be read (" + unreadable.getMessage() + "); using 3 and 1/3");
            return ChangeThresholds.DEFAULT;
        }
    }
}
