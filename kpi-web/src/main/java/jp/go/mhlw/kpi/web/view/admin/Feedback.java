package jp.go.mhlw.kpi.web.view.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException;
import jp.go.mhlw.kpi.domain.model.published.EntryProblem;

/**
 * Messages of the administration screens in the user's language: texts from the bundle, and the services' refusals,
 * each problem shown in the form's message list with its field marked.
 */
public final class Feedback {

    private Feedback() {
    }

    public static boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale().getLanguage());
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments), null);
    }

    public static void warn(String summary, String detail) {
        add(null, FacesMessage.SEVERITY_WARN, summary, detail);
    }

    public static void error(String summary) {
        add(null, FacesMessage.SEVERITY_ERROR, summary, null);
    }

    /**
     * Every problem as an error message; the input of the form whose id is the problem's field is marked invalid so
     * that it shows in red. What was typed stays in the form. Problems of a dialog's form are bound to that form, so
     * that they show in the dialog's message list and not in the page's (which lists global messages only).
     */
    public static void problems(String formId, boolean dialog, List<EntryProblem> problems) {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean english = isEnglish();
        for (EntryProblem problem : problems) {
            add(dialog ? formId : null, FacesMessage.SEVERITY_ERROR, english ? problem.messageEn() : problem.messageJa(), null);
            UIComponent field = context.getViewRoot().findComponent(formId + ":" + problem.field());
            if (field instanceof UIInput input) {
                markInvalid(input);
            }
        }
    }

    /**
     * Every problem as an error message beside its field (the input of the form whose id is the problem's field,
     * marked invalid), or in the form's global list where the field has no input of its own.
     */
    public static void problemsAtFields(String formId, List<EntryProblem> problems) {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean english = isEnglish();
        for (EntryProblem problem : problems) {
            String text = english ? problem.messageEn() : problem.messageJa();
            UIComponent field = context.getViewRoot().findComponent(formId + ":" + problem.field());
            if (field instanceof UIInput input) {
                add(input.getClientId(context), FacesMessage.SEVERITY_ERROR, text, null);
                markInvalid(input);
            } else {
                add(null, FacesMessage.SEVERITY_ERROR, text, null);
            }
        }
    }

    /**
     * Red, and still showing what was typed: PrimeFaces renders an invalid input from its submitted value (empty if
     * there is none), so the value the model holds is put back as the submitted one.
     */
    private static void markInvalid(UIInput input) {
        Object value = input.getValue();
        if (value instanceof Collection<?> values) {
            input.setSubmittedValue(values.stream().map(String::valueOf).toArray(String[]::new));
        } else if (value instanceof Enum<?> constant) {
            input.setSubmittedValue(constant.name());
        } else if (value != null) {
            input.setSubmittedValue(value.toString());
        }
        input.setValid(false);
    }

    /** Keycloak could not be reached or refused the application: said in the dialog (its form id) or on the page (null). */
    public static void unavailable(String dialogFormId, IdentityProviderException e) {
        add(dialogFormId, FacesMessage.SEVERITY_ERROR, e.message(locale()), null);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail));
    }
}
