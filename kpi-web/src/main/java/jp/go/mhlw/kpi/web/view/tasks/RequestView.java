package jp.go.mhlw.kpi.web.view.tasks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.go.mhlw.kpi.application.followup.CollectionManagement;
import jp.go.mhlw.kpi.application.followup.ReportRequestNotFoundException;
import jp.go.mhlw.kpi.application.followup.ReportRequestViews;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.web.diagram.DiagramLayouts;
import jp.go.mhlw.kpi.web.diagram.ProcessDiagram;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.FollowUpDiagrams;

/**
 * One report request: its body, state, due date and the way to its form or review; for the secretariat, re-sending
 * the request e-mail and closing it with the body missing, each after a confirmation. Another body's is 404.
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

    public void load() {
        if (requestId == null) {
            Feedback.notFound();
            return;
        }
        try {
            request = views.view(requestId);
            diagram = FollowUpDiagrams.of(layouts, views.position(requestId).stream().toList());
        } catch (ReportRequestNotFoundException notYours) {
            Feedback.notFound();
        }
    }

    /** The request's process: its diagram with the current step marked, and the step by name. */
    public ProcessDiagram getDiagram() {
        return diagram;
    }

    public void resend() {
        try {
            management.resend(requestId);
            Feedback.info("request.resent");
        } catch (EntryRejectedException rejected) {
            Feedback.problems(rejected.getProblems());
        }
        request = views.view(requestId);
        diagram = FollowUpDiagrams.of(layouts, views.position(requestId).stream().toList());
    }

    public void close() {
        try {
            management.closeRequest(requestId, closeReason);
            Feedback.info("request.closed");
        } catch (EntryRejectedException rejected) {
            Feedback.problems(rejected.getProblems());
        }
        request = views.view(requestId);
        diagram = FollowUpDiagrams.of(layouts, views.position(requestId).stream().toList());
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
