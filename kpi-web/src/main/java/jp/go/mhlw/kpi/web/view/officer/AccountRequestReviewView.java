package jp.go.mhlw.kpi.web.view.officer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.go.mhlw.kpi.application.accountrequest.AccountRequests;
import jp.go.mhlw.kpi.domain.model.accountrequest.AccountRequest;
import jp.go.mhlw.kpi.domain.model.accountrequest.AccountRequestStatus;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.web.view.Feedback;
import org.primefaces.PrimeFaces;

/**
 * officer/account-requests.xhtml: manufacturers' account requests; a pending one is approved after a
 * confirmation, or rejected with a reason (a dialog). Approval creates the organisation and the account in the
 * background, so the list shows "approved" until that is done.
 */
@Named
@ViewScoped
public class AccountRequestReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String REJECT_FORM = "rejectForm";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient AccountRequests accountRequests;

    private List<AccountRequest> requests = List.of();
    private Long rejectId;
    private String rejectCompany;
    private String reason;

    public void load() {
        requests = accountRequests.list();
    }

    public void approve(long requestId) {
        try {
            AccountRequest approved = accountRequests.approve(requestId);
            Feedback.info("accountRequests.approved", approved.getCompanyNameJa(), approved.username());
        } catch (EntryRejectedException rejected) {
            Feedback.problems("requestsForm", false, rejected.getProblems());
        }
        load();
    }

    public void startReject(AccountRequest request) {
        PrimeFaces.current().resetInputs(REJECT_FORM);
        rejectId = request.getId();
        rejectCompany = request.getCompanyNameJa();
        reason = null;
    }

    /** Rejects; the dialog closes on success (callback parameter "saved") and keeps the reason otherwise. */
    public void reject() {
        try {
            AccountRequest rejected = accountRequests.reject(rejectId == null ? -1 : rejectId, reason);
            Feedback.info("accountRequests.rejected", rejected.getCompanyNameJa());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            load();
        } catch (EntryRejectedException refused) {
            Feedback.problems(REJECT_FORM, true, refused.getProblems());
        }
    }

    public boolean isPending(AccountRequest request) {
        return request.getStatus() == AccountRequestStatus.PENDING;
    }

    public String statusLabel(AccountRequest request) {
        return Feedback.text("accountRequests.status." + request.getStatus().name());
    }

    public String time(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time.atZoneSameInstant(JapaneseFiscalYear.JAPAN_TIME));
    }

    public List<AccountRequest> getRequests() {
        return requests;
    }

    public String getRejectCompany() {
        return rejectCompany;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
