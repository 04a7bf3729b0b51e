package jp.go.mhlw.kpi.web.view.supply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;
import jp.go.mhlw.kpi.application.supply.SupplyCaseHandling;
import jp.go.mhlw.kpi.application.supply.SupplyCaseQueries;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.web.view.Feedback;

/**
 * MHLW's last word on a case on the case page (WEB-INF/includes/supply/closing-and-publication.xhtml): closing it,
 * and whether it is on the public list of shortages and terminations (with or without its maker's name).
 */
@Named
@ViewScoped
public class ClosingAndPublication implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyCaseHandling handling;

    @Inject
    transient SupplyCaseQueries queries;

    @Inject
    SupplyCaseView caseView;

    private CloseReason closeReason;
    private boolean showMaker;
    /** Read when first shown and again after each of these decisions; empty when the case is not on the public list. */
    private transient Optional<Boolean> publication;

    public void close() {
        if (closeReason == null) {
            Feedback.error("supply.close.choose");
            return;
        }
        act(() -> handling.close(caseView.getCaseNumber(), closeReason), "supply.close.done");
    }

    public void publish() {
        act(() -> handling.publish(caseView.getCaseNumber(), showMaker), "supply.publish.done");
    }

    public void withdraw() {
        act(() -> handling.withdrawPublication(caseView.getCaseNumber()), "supply.withdraw.done");
    }

    private void act(Supplier<?> decision, String doneKey) {
        caseView.act(decision, doneKey);
        publication = null;
    }

    public boolean isClosable() {
        return caseView.isOfficer() && caseView.isLoaded() && !caseView.getCase().isClosed();
    }

    public boolean isPublished() {
        return publication().isPresent();
    }

    public boolean isPublishedWithMaker() {
        return publication().orElse(false);
    }

    private Optional<Boolean> publication() {
        if (publication == null) {
            publication = caseView.isOfficer() ? queries.publication(caseView.getCaseNumber()) : Optional.empty();
        }
        return publication;
    }

    public CloseReason[] getCloseReasons() {
        return CloseReason.values();
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(CloseReason closeReason) {
        this.closeReason = closeReason;
    }

    public boolean isShowMaker() {
        return showMaker;
    }

    public void setShowMaker(boolean showMaker) {
        this.showMaker = showMaker;
    }
}
