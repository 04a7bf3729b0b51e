package jp.go.mhlw.kpi.web.view.tasks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.go.mhlw.kpi.application.followup.CollectionManagement;
import jp.go.mhlw.kpi.application.followup.ReportRequestNotFoundException;
import jp.go.mhlw.kpi.application.followup.ReportRequestViews;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.web.diagram.DiagramLayouts;
import jp.go.mhlw.kpi.web.diagram.ProcessDiagram;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.FollowUpDiagrams;

/**
 * One report request: its body, state, due date and the way to its form or review; for the secretariat, re-sending
 * the request e-mail and closing it with the body missing, and reopening an approved request for a correction with
 * a reason, each after a confirmation. A notice says when the body's figures changed after the cycle's report was
 * published. Another body's is 404.
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportRequestViews views;

    @Inject
    transient CollectionManagement management;

    @Inject
    transient DiagramLayouts layouts;

    private Long requestId;
    private ReportRequest request;
    private String closeReason;
    private ProcessDiagram diagram = ProcessDiagram.none();
    private String reopenReason;
    private boolean changedAfterPublication;

    public void load() {
        if (requestId == null) {
            Feedback.notFound();
            return;
        }
        try {
            reload();
        } catch (ReportRequestNotFoundException notYours) {
            Feedback.notFound();
        }
    }

    /** The request's process: its diagram with the current step marked, and the step by name. */
    public ProcessDiagram getDiagram() {
        return diagram;
    }

    private void reload() {
        request = views.view(requestId);
        changedAfterPublication = views.figuresChangedAfterPublication(requestId);
        diagram = FollowUpDiagrams.of(layouts, views.position(requestId).stream().toList());
    }

    public void reopen() {
        try {
            management.reopenForCorrection(requestId, reopenReason);
            Feedback.info("request.reopened");
            reopenReason = null;
        } catch (EntryRejectedException rejected) {
            Feedback.problems(rejected.getProblems());
        }
        reload();
    }

    /** True when the secretariat may reopen the request for a correction: it is approved. */
    public boolean isReopenable() {
        return request.getState() == RequestState.APPROVED;
    }

    /** True while the secretariat may still re-send or close the request (open, not a correction). */
    public boolean isOpenInCollection() {
        return !request.getState().isSettled() && request.getState() != RequestState.REOPENED;
    }

    public boolean isChangedAfterPublication() {
        return changedAfterPublication;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public void resend() {
        try {
            management.resend(requestId);
            Feedback.info("request.resent");
        } catch (EntryRejectedException rejected) {
            Feedback.problems(rejected.getProblems());
        }
        reload();
    }

    public void close() {
        try {
            management.closeRequest(requestId, closeReason);
            Feedback.info("request.closed");
        } catch (EntryRejectedException rejected) {
            Feedback.problems(rejected.getProblems());
        }
        reload();
    }

    public String getBodyName() {
        return request.getOrganisation().name(Feedback.locale());
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public ReportRequest getRequest() {
        return request;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }
}
