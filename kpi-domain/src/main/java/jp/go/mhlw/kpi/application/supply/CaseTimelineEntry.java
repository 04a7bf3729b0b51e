package jp.go.mhlw.kpi.application.supply;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * One entry of a case's timeline ({@link SupplyCaseQueries#timeline}): what happened, when, who did it and for which
 * organisation (names in both languages, empty when not known), and the values decided, in the order they are shown.
 */
public record CaseTimelineEntry(TimelineEvent event, Instant at, String actor, String organisationJa,
        String organisationEn, List<Detail> details) {

    public CaseTimelineEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(at, "at");
        details = List.copyOf(details);
    }

    /** The organisation's name in the language asked for; empty when not known. */
    public String organisation(Locale locale) {
        String name = Texts.isEnglish(locale) ? organisationEn : organisationJa;
        return name == null ? "" : name;
    }

    /**
     * A value of the entry: free text, a number, a yes or no, a {@link Name} or a {@link Labelled} value; shown in the reader's
     * language by {@link #text(Locale)}.
     */
    public record Detail(TimelineField field, Object value) {

        public Detail {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }

        public String label(Locale locale) {
            return field.label(locale);
        }

        public String text(Locale locale) {
            if (value instanceof Labelled labelled) {
                return labelled.label(locale);
            }
            if (value instanceof Name name) {
                return Texts.isEnglish(locale) ? name.en() : name.ja();
            }
            if (value instanceof Boolean yes) {
                return Texts.text(locale, yes ? "supply.timeline.yes" : "supply.timeline.no");
            }
            if (value instanceof Long number) {
                return NumberFormat.getIntegerInstance(locale).format(number);
            }
            return value.toString();
        }
    }

    /** A name kept in both languages, such as an organisation's. */
    public record Name(String ja, String en) {
    }
}
