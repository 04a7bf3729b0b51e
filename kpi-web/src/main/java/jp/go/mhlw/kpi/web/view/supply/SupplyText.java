package jp.go.mhlw.kpi.web.view.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * The supply values' labels (report kinds, states, steps…: {@link Labelled}, from the domain bundle) in the viewer's
 * language, and times in Japan time.
 */
@Named
@ApplicationScoped
public class SupplyText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapaneseFiscalYear.JAPAN_TIME);

    public String label(Object value) {
        return of(value);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public static String of(Object value) {
        if (value instanceof Labelled labelled) {
            return labelled.label(locale());
        }
        return value == null ? "" : value.toString();
    }

    public static boolean isEnglish() {
        return Texts.isEnglish(locale());
    }

    /** The viewer's language; Japanese outside a request. */
    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Texts.JAPANESE : context.getViewRoot().getLocale();
    }
}
