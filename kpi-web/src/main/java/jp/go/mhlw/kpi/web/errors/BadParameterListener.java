package jp.go.mhlw.kpi.web.errors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page called with a parameter it cannot read (missing, not a number, too long) is a page that does not exist: 404,
 * instead of the empty page Faces renders when a view parameter fails and the view action is skipped.
 */
public class BadParameterListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed() && !context.getResponseComplete()) {
            try {
                context.getExternalContext().responseSendError(404, "Not Found");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before: the parameters are known only once they were validated
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
