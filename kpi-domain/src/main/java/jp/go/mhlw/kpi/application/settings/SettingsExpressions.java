package jp.go.mhlw.kpi.application.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.setting.Settings;

/**
 * The settings for the process models' expressions, e.g. a timer's
 * {@code <timeDuration>${settings.duration('supply.deadline.triage')}</timeDuration>}. Durations come as ISO-8601
 * text ("P7D"), which is what the engine's timers parse; services use {@link Settings} instead.
 */
@Named("settings")
@ApplicationScoped
public class SettingsExpressions {

    @Inject
    Settings settings;

    protected SettingsExpressions() {
        // for CDI
    }

    public SettingsExpressions(Settings settings) {
        this.settings = settings;
    }

    /** ISO-8601, in days when whole days ("P14D"). */
    public String duration(String key) {
        java.time.Duration duration = settings.duration(key);
        return duration.toSeconds() % 86_400 == 0 ? "P" + duration.toDays() + "D" : duration.toString();
    }

    public List<Integer> days(String key) {
        return settings.days(key);
    }

    public BigDecimal factor(String key) {
        return settings.factor(key);
    }
}
