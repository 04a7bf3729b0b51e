package jp.go.mhlw.kpi.web.view.cycle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.go.mhlw.kpi.domain.model.published.EntryProblem;

/** The follow-up screens' messages in the user's language, and "not found" for what the caller may not see. */
final class Screen {

    private Screen() {
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale().getLanguage());
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    static void problems(List<EntryProblem> problems) {
        boolean english = isEnglish();
        problems.forEach(problem -> error(english ? problem.messageEn() : problem.messageJa()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Answers 404, as for a page that does not exist. */
    static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** The cause of an EJB failure that is one of ours (application exceptions arrive unwrapped already). */
    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause != cause.getCause()) {
            cause = cause.getCause();
        }
        return cause;
    }
}
