package jp.go.mhlw.kpi.application.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Function;
import java.util.logging.Logger;
import jp.go.mhlw.kpi.domain.model.setting.SettingKeys;
import jp.go.mhlw.kpi.domain.model.setting.Settings;

/**
 * How long each party has before the ministry officer gets a chasing or escalation task: settings, not code.
 * Read from the settings (the administrators' settings screen) each time a case starts; a setting that cannot be
 * read, or is not a positive duration, means the default, with a warning.
 */
@ApplicationScoped
public class SupplyDeadlines {

    static final String ADDITIONAL_REPORT = SettingKeys.SUPPLY_DEADLINE_ADDITIONAL_REPORT;
    static final String TRIAGE = SettingKeys.SUPPLY_DEADLINE_TRIAGE;
    static final String RESPONSE = SettingKeys.SUPPLY_DEADLINE_RESPONSE;

    private static final Logger LOG = Logger.getLogger(SupplyDeadlines.class.getName());

    @Inject
    Settings settings;

    /** The deadlines as set now. */
    public Durations current() {
        return read(settings::duration);
    }

    static Durations read(Function<String, Duration> settings) {
        return new Durations(duration(settings, ADDITIONAL_REPORT, Durations.DEFAULTS.additionalReport()),
                duration(settings, TRIAGE, Durations.DEFAULTS.triage()),
                duration(settings, RESPONSE, Durations.DEFAULTS.response()));
    }

    private static Duration duration(Function<String, Duration> settings, String key, Duration fallback) {
        Duration value;
        try {
            value = settings.apply(key);
        } catch (RuntimeException unreadable) {
            LOG.warning(() -> "setting " + key + " cannot be read (" + unreadable.getMessage() + "); using " + fallback);
            return fallback;
        }
        if (value == null || value.isNegative() || value.isZero()) {
            LOG.warning(() -> "setting " + key + " = " + value + " is not a positive duration; using " + fallback);
            return fallback;
        }
        return value;
    }

    /** The three deadlines; always positive (a flow cannot chase a step before it is due). */
    public record Durations(Duration additionalReport, Duration triage, Duration response) {

        /** The deadlines when a setting cannot be used (the values the settings are seeded with). */
        public static final Durations DEFAULTS = new Durations(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(14));

        public Durations {
            requirePositive(additionalReport, "additionalReport");
            requirePositive(triage, "triage");
            requirePositive(response, "response");
        }

        private static void requirePositive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("the " + name + " deadline must be a positive duration, was " + duration);
            }
        }
    }
}
