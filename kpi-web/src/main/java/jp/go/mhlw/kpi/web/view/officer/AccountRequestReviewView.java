package jp.go.mhlw.kpi.web.view.officer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
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
    /** The view parameter "status": only the requests in this status (PENDING from the officer's home); all if blank. */
    private String status;

    public void load() {
        requests = inStatus(accountRequests.list(), status);
    }

    /** The requests in the named status, or all of them when none (or an unknown one) is named. */
    static List<AccountRequest> inStatus(List<AccountRequest> all, String status) {
        return Arrays.stream(AccountRequestStatus.values()).filter(known -> known.name().equals(status)).findFirst()
                .map(known -> all.stream().filter(request -> request.getStatus() == known).toList()).orElse(all);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** The status the list is narrowed to, for the page's note; null when it shows every request. */
    public AccountRequestStatus getShownStatus() {
        return Arrays.stream(AccountRequestStatus.values()).filter(known -> known.name().equals(status)).findFirst()
                .orElse(null);
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
