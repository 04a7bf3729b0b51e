package jp.go.mhlw.kpi.web.view.report;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.go.mhlw.kpi.domain.model.published.EntryProblem;

/** Messages of the report screens in the user's language: bundle texts and the services' refusals. */
final class Messages {

    private Messages() {
    }

    static boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    static void info(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String text = new MessageFormat(bundle.getString(key), context.getViewRoot().getLocale()).format(arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void problems(List<EntryProblem> problems) {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean english = isEnglish();
        problems.forEach(problem -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                english ? problem.messageEn() : problem.messageJa(), null)));
        context.validationFailed();
    }
}
