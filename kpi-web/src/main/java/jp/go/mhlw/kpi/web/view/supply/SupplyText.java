package jp.go.mhlw.kpi.web.view.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.go.mhlw.kpi.application.SupplyStep;
import jp.go.mhlw.kpi.domain.model.supply.Labelled;

/** The supply domain's own labels (enums carry Japanese and English) in the viewer's language, and times in Japan time. */
@Named
@ApplicationScoped
public class SupplyText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    public String label(Object value) {
        return of(value);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String of(Object value) {
        boolean english = isEnglish();
        if (value instanceof Labelled labelled) {
            return english ? labelled.labelEn() : labelled.labelJa();
        }
        if (value instanceof SupplyStep step) {
            return english ? step.labelEn() : step.labelJa();
        }
        return value == null ? "" : value.toString();
    }

    static boolean isEnglish() {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context == null || context.getViewRoot() == null ? Locale.JAPANESE : context.getViewRoot().getLocale();
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
