package jp.go.mhlw.kpi.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.application.admin.OrganisationDirectory;
import jp.go.mhlw.kpi.application.followup.CycleOverview;
import jp.go.mhlw.kpi.application.report.CycleKeys;
import jp.go.mhlw.kpi.application.report.PublishedReports;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TargetEvaluation;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.report.PublishedLine;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * Values as words in the viewer's language, for every page: times in Japan time (the era year beside the Western
 * date in Japanese), fiscal years, recorded actions by name and organisations by name instead of their codes.
 */
@Named
@RequestScoped
public class Words {

    private static final String ACTION = "audit.action.";

    @Inject
    OrganisationDirectory organisations;

    @Inject
    PublishedReports publishedReports;

    /** Names already looked up in this request: a table shows the same few organisations on many rows. */
    private final Map<String, String> organisationNames = new HashMap<>();

    /** Catalogues already read in this request: a report names the KPIs of one plan on every line. */
    private final Map<String, Optional<PlanCatalogue>> catalogues = new HashMap<>();

    /** A report line's group in words ("医療従事者育成研修", "重点分野3", "全体"), not its key. */
    public String group(FollowUpCycle cycle, PublishedLine line) {
        return catalogues.computeIfAbsent(cycle.getPlan().getCode(), publishedReports::catalogue)
                .flatMap(catalogue -> catalogue.kpi(line.getKpiCode()))
                .map(kpi -> kpi.breakdownLabel(line.getBreakdown(), Feedback.locale()))
                .orElse(line.getBreakdown());
    }

    /** An instant or a date and time (an {@code OffsetDateTime}, {@code Instant}...), in Japan time. */
    public String time(Object value) {
        return time(value, Feedback.locale());
    }

    /** A fiscal year of a cycle, a {@link JapaneseFiscalYear} or a year number. */
    public String year(Object value) {
        return year(value, Feedback.locale());
    }

    public String action(String action) {
        return action(action, Feedback.locale());
    }

    /** A domain value's label ({@code Labelled}), e.g. a target's achievement. */
    public String label(Object value) {
        return value instanceof Labelled labelled ? labelled.label(Feedback.locale()) : value == null ? "" : value.toString();
    }

    /** A development stage or a focus area with its number or code, in the viewer's language. */
    public String stage(Object value) {
        return stage(value, Feedback.locale());
    }

    static String stage(Object value, Locale locale) {
        if (value instanceof Stage stage) {
            return stage.displayLabel(locale);
        }
        if (value instanceof FocusArea area) {
            return area.displayLabel(locale);
        }
        return value == null ? "" : value.toString();
    }

    /** Why a target is met or not, in the viewer's language. */
    public String explanation(TargetEvaluation evaluation) {
        return evaluation == null ? "" : evaluation.explanation(Feedback.locale());
    }

    /** An organisation's name in the viewer's language; its code if no organisation has it. */
    public String organisation(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locale locale = Feedback.locale();
        return organisationNames.computeIfAbsent(code, known -> organisations.findByCode(known)
                .map(found -> nameOf(found, locale)).orElse(known));
    }

    static String nameOf(Organisation organisation, Locale locale) {
        String name = organisation.name(locale);
        return name == null || name.isBlank() ? organisation.getCode() : name;
    }

    static String time(Object value, Locale locale) {
        ZonedDateTime japan = japanTime(value);
        if (japan == null) {
            return value == null ? "" : value.toString();
        }
        Locale language = Texts.isEnglish(locale) ? Texts.ENGLISH : Texts.JAPANESE;
        String date = DateTimeFormatter.ofPattern(Texts.text(language, "time.date"), language).format(japan);
        String clock = DateTimeFormatter.ofPattern(Texts.text(language, "time.clock"), language).format(japan);
        return Texts.text(language, "time.dateTime", date, era(japan.toLocalDate(), language), clock);
    }

    static String date(LocalDate value, Locale locale) {
        if (value == null) {
            return "";
        }
        Locale language = Texts.isEnglish(locale) ? Texts.ENGLISH : Texts.JAPANESE;
        String date = DateTimeFormatter.ofPattern(Texts.text(language, "time.date"), language).format(value);
        return Texts.text(language, "time.dateOnly", date, era(value, language));
    }

    static String year(Object value, Locale locale) {
        if (value instanceof FollowUpCycle cycle) {
            return cycle.getFiscalYear().display(locale);
        }
        if (value instanceof CycleOverview overview) {
            return CycleKeys.parse(overview.cycleKey()).map(key -> JapaneseFiscalYear.of(key.fiscalYear()).display(locale))
                    .orElse(overview.displayName());
        }
        if (value instanceof JapaneseFiscalYear year) {
            return year.display(locale);
        }
        if (value instanceof Number number) {
            return JapaneseFiscalYear.of(number.intValue()).display(locale);
        }
        return value == null ? "" : value.toString();
    }

    /** The action's name; an action without one shows as recorded rather than hiding the row's meaning. */
    static String action(String action, Locale locale) {
        if (action == null) {
            return "";
        }
        return Texts.has(ACTION + action) ? Texts.text(locale, ACTION + action) : action;
    }

    private static String era(LocalDate date, Locale language) {
        return DateTimeFormatter.ofPattern(Texts.text(language, "time.era"), language)
                .withChronology(JapaneseChronology.INSTANCE).format(JapaneseDate.from(date));
    }

    private static ZonedDateTime japanTime(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(JapaneseFiscalYear.JAPAN_TIME);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(JapaneseFiscalYear.JAPAN_TIME);
        }
        if (value instanceof Instant instant) {
            return instant.atZone(JapaneseFiscalYear.JAPAN_TIME);
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(JapaneseFiscalYear.JAPAN_TIME); // stored in Japan time, as the deadlines are
        }
        return null;
    }
}
