package jp.go.mhlw.kpi.web.view.supply;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import jp.go.mhlw.kpi.application.SupplyCaseException;
import jp.go.mhlw.kpi.domain.model.supply.FieldViolation;
import jp.go.mhlw.kpi.domain.model.supply.ReportRejectedException;

/** How the supply screens answer: texts from the bundle, refusals of the service as messages, unknown cases as 404. */
final class SupplyFeedback {

    private SupplyFeedback() {
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    static void error(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    }

    /** The same page as for any unknown address: nothing tells that the case exists. */
    static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Red, still showing what was typed (PrimeFaces renders an invalid input from its submitted value). */
    private static void markInvalid(UIInput input) {
        Object value = input.getValue();
        if (value instanceof Enum<?> constant) {
            input.setSubmittedValue(constant.name());
        } else if (value != null) {
            input.setSubmittedValue(value.toString());
        }
        input.setValid(false);
    }

    /**
     * The service's refusal: an unknown case is 404; a report missing what its kind requires marks each field of
     * {@code formId} and lists the problems; anything else is said with the service's reason.
     */
    static void refused(RuntimeException refusal, String formId) {
        if (refusal instanceof SupplyCaseException.NotFound) {
            notFound();
        } else if (refusal instanceof ReportRejectedException rejected) {
            FacesContext context = FacesContext.getCurrentInstance();
            boolean english = SupplyText.isEnglish();
            for (FieldViolation violation : rejected.violations()) {
                String message = english ? violation.messageEn() : violation.messageJa();
                UIComponent field = formId == null ? null : context.getViewRoot().findComponent(formId + ":" + violation.field());
                // bound to the field it names (the page lists every message once), else for the page
                String clientId = null;
                if (field instanceof UIInput input) {
                    markInvalid(input);
                    clientId = field.getClientId(context);
                }
                context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            }
        } else if (refusal instanceof SupplyCaseException) {
            error(text("supply.refused", refusal.getMessage()));
        } else {
            throw refusal;
        }
    }
}
