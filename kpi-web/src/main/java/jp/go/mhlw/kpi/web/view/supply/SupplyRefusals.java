package jp.go.mhlw.kpi.web.view.supply;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jp.go.mhlw.kpi.application.supply.SupplyCaseException;
import jp.go.mhlw.kpi.domain.model.supply.ReportRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.web.view.Feedback;

/** How the supply screens answer a service's refusal: an unknown case as 404, a rejected report at its fields. */
public final class SupplyRefusals {

    private SupplyRefusals() {
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

    /** The input of the field, or of its group for a part of it ({@code contact.email}: the contact's first input). */
    private static UIComponent input(FacesContext context, String formId, String field) {
        UIComponent input = context.getViewRoot().findComponent(formId + ":" + field);
        String group = field.split("[.\\[]", 2)[0];
        return input != null || group.equals(field) ? input : context.getViewRoot().findComponent(formId + ":" + group);
    }

    /**
     * A service's refusal: an unknown case is 404; a report missing what its kind requires marks each field of
     * {@code formId} and lists its {@link Problem}s in the viewer's language; anything else is said with the
     * service's reason.
     */
    public static void refused(RuntimeException refusal, String formId) {
        if (refusal instanceof SupplyCaseException.NotFound) {
            Feedback.notFound();
        } else if (refusal instanceof ReportRejectedException rejected) {
            FacesContext context = FacesContext.getCurrentInstance();
            for (Problem problem : rejected.violations()) {
                String message = Feedback.message(problem);
                UIComponent field = formId == null ? null : input(context, formId, problem.field());
                // bound to the field it names (the page lists every message once), else for the page
                String clientId = null;
                if (field instanceof UIInput input) {
                    markInvalid(input);
                    clientId = field.getClientId(context);
                }
                context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            }
        } else if (refusal instanceof SupplyCaseException) {
            Feedback.error("supply.refused", refusal.getMessage());
        } else {
            throw refusal;
        }
    }
}
