package jp.go.mhlw.kpi.application.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The follow-up's settings that are not a cycle's own data, from MicroProfile Config with defaults. The one place
 * they are read; the administrators' settings screen will become their source.
 *
 * <ul>
 *   <li>{@code kpi.app.base-url}: the address the e-mails link to (http://localhost:8080)</li>
 *   <li>{@code kpi.mail.from}: the sender of the follow-up e-mails (kpi-followup@example.test)</li>
 *   <li>{@code kpi.followup.reminder-hour}: the hour (Japan time) reminders go out on their day (9)</li>
 *   <li>{@code kpi.followup.mail-retry-cycle}: how a failed e-mail is retried by the job executor (R5/PT10M)</li>
 *   <li>{@code kpi.followup.correction-window}: how long after publication a correction can be opened (P365D)</li>
 * </ul>
 */
@ApplicationScoped
@Named("followUpSettings")
public class FollowUpSettings {

    private final Function<String, Optional<String>> lookup;

    public FollowUpSettings() {
        this(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
    }

    public FollowUpSettings(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    public String getBaseUrl() {
        String url = value("kpi.app.base-url", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String getMailFrom() {
        return value("kpi.mail.from", "kpi-followup@example.test");
    }

    public int getReminderHour() {
        try {
            int hour = Integer.parseInt(value("kpi.followup.reminder-hour", "9"));
            return hour >= 0 && hour <= 23 ? hour : 9;
        } catch (NumberFormatException notAnHour) {
            return 9;
        }
    }

    public String getMailRetryCycle() {
        return value("kpi.followup.mail-retry-cycle", "R5/PT10M");
    }

    public String getCorrectionWindow() {
        return value("kpi.followup.correction-window", "P365D");
    }

    /** The reporter's form of a request, as linked from e-mails and the task list. */
    public String reportFormUrl(long requestId) {
        return getBaseUrl() + "/report/form.xhtml?request=" + requestId;
    }

    private String value(String name, String fallback) {
        return lookup.apply(name).map(String::strip).filter(v -> !v.isEmpty()).orElse(fallback);
    }
}
