package jp.go.mhlw.kpi.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers refusals and faults of screen requests with the application's own pages, never with an exception's name:
 * an expired or unreadable page state leads to the page that says so, a refused action to 403, and any other fault
 * of an Ajax request to the 500 page (Faces would otherwise write the exception's class into the partial response).
 * A full-page fault is left to the container, which shows the 500 page.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RefusalExceptionHandler.class.getName());

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext queued = events.next().getContext();
            boolean restoring = queued.getPhaseId() == PhaseId.RESTORE_VIEW && context.isPostback();
            Optional<Refusal> refusal = Refusal.of(queued.getException(), restoring);
            boolean ajax = context.getPartialViewContext().isAjaxRequest();
            if (context.getExternalContext().isResponseCommitted() || refusal.isEmpty() && !ajax) {
                continue;
            }
            if (refusal.isEmpty()) {
                LOG.log(Level.SEVERE, "Ajax request failed", queued.getException());
            }
            events.remove();
            answer(context, refusal.orElse(null), ajax);
        }
        getWrapped().handle();
    }

    private static void answer(FacesContext context, Refusal refusal, boolean ajax) {
        ExternalContext external = context.getExternalContext();
        try {
            if (ajax || refusal == Refusal.EXPIRED) {
                // an Ajax response can only redirect; an expired page is opened afresh as a GET
                String page = refusal == null ? "/error/500.xhtml" : refusal.page();
                external.redirect(external.getRequestContextPath() + page);
            } else {
                external.responseSendError(refusal.status(), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
