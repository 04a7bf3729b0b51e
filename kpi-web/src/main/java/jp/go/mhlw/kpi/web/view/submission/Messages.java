package jp.go.mhlw.kpi.web.view.submission;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts and messages of the submission screens in the user's language. */
final class Messages {

    private Messages() {
    }

    static boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale().getLanguage());
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    static String pick(String japanese, String english) {
        return isEnglish() ? english : japanese;
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void error(String message) {
        add(FacesMessage.SEVERITY_ERROR, message);
    }

    static void warn(String message) {
        add(FacesMessage.SEVERITY_WARN, message);
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, summary, null));
    }

    /** The page answers 404 like any page that does not exist: another body's request is not hinted at. */
    static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(404, "Not Found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
