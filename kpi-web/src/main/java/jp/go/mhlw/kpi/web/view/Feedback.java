package jp.go.mhlw.kpi.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * How every screen speaks to its user, in the user's language: texts of the web bundle ({@code msg}), labels and
 * problems of the domain bundle, info/warning/error messages, the services' refusals at the fields they name, and
 * the 404 answer for what the caller may not see.
 *
 * <p>Methods taking a {@code key} take a key of the web bundle, so that the bundle test can check every literal one.
 */
public final class Feedback {

    private Feedback() {
    }

    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Texts.JAPANESE : context.getViewRoot().getLocale();
    }

    public static boolean isEnglish() {
        return Texts.isEnglish(locale());
    }

    /** A text of the web bundle, its {@link MessageFormat} arguments filled in. */
    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** A domain value's label (the domain bundle). */
    public static String label(Labelled value) {
        return value == null ? "" : value.label(locale());
    }

    /** A problem's text (the domain bundle). */
    public static String message(Problem problem) {
        return problem.message(locale());
    }

    public static void info(String key, Object... arguments) {
        say(null, FacesMessage.SEVERITY_INFO, text(key, arguments), null);
    }

    public static void warn(String key, Object... arguments) {
        say(null, FacesMessage.SEVERITY_WARN, text(key, arguments), null);
    }

    public static void error(String key, Object... arguments) {
        say(null, FacesMessage.SEVERITY_ERROR, text(key, arguments), null);
    }

    /** A message for the page whose texts are worded already (a service's reason, the identity provider's answer). */
    public static void say(FacesMessage.Severity severity, String summary, String detail) {
        say(null, severity, summary, detail);
    }

    /** One problem as an error message of the page. */
    public static void problem(Problem problem) {
        say(null, FacesMessage.SEVERITY_ERROR, message(problem), null);
    }

    /** Every problem as an error message of the page; the request counts as failed validation. */
    public static void problems(List<Problem> problems) {
        problems.forEach(Feedback::problem);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Every problem as an error message; the input of the form whose id is the problem's field is marked invalid so
     * that it shows in red. What was typed stays in the form. Problems of a dialog's form are bound to that form, so
     * that they show in the dialog's message list and not in the page's (which lists global messages only).
     */
    public static void problems(String formId, boolean dialog, List<Problem> problems) {
        for (Problem problem : problems) {
            inForm(formId, dialog, problem.field(), message(problem));
        }
    }

    /**
     * Every problem as an error message beside its field (the input of the form whose id is the problem's field,
     * marked invalid), or in the page's global list where the field has no input of its own.
     */
    public static void problemsAtFields(String formId, List<Problem> problems) {
        for (Problem problem : problems) {
            atField(formId, problem.field(), message(problem));
        }
    }

    /** Keycloak could not be reached or refused the application: said in the dialog (its form id) or on the page (null). */
    public static void unavailable(String dialogFormId, IdentityProviderException e) {
        say(dialogFormId, FacesMessage.SEVERITY_ERROR, e.message(locale()), null);
    }

    /** Answers 404 like any page that does not exist: nothing hints that what was asked for exists. */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, "Not Found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static void inForm(String formId, boolean dialog, String field, String text) {
        say(dialog ? formId : null, FacesMessage.SEVERITY_ERROR, text, null);
        if (input(formId, field) instanceof UIInput input) {
            markInvalid(input);
        }
    }

    private static void atField(String formId, String field, String text) {
        if (input(formId, field) instanceof UIInput input) {
            say(input.getClientId(FacesContext.getCurrentInstance()), FacesMessage.SEVERITY_ERROR, text, null);
            markInvalid(input);
        } else {
            say(null, FacesMessage.SEVERITY_ERROR, text, null);
        }
    }

    private static UIComponent input(String formId, String field) {
        return formId == null ? null : FacesContext.getCurrentInstance().getViewRoot().findComponent(formId + ":" + field);
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

    private static void say(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail));
    }
}
