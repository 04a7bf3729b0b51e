package jp.go.mhlw.kpi.web.view.publicsite;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import jp.go.mhlw.kpi.application.accountrequest.AccountRequestEntry;
import jp.go.mhlw.kpi.application.accountrequest.AccountRequests;
import jp.go.mhlw.kpi.domain.model.accountrequest.AccountRequest;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.web.view.Feedback;

/**
 * public/account-request.xhtml: a manufacturer asks for an account, no login needed. The service checks every
 * field and refuses a 法人番号 already registered or already requested; each problem shows at its field and
 * nothing typed is lost. A stored request leads to the confirmation page with its reference number. One client
 * address files a limited number per hour (the service's throttle).
 */
@Named
@ViewScoped
public class AccountRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "requestForm";

    @Inject
    transient AccountRequests accountRequests;

    private String companyNameJa;
    private String companyNameEn;
    private String corporateNumber;
    private String contactLastName;
    private String contactFirstName;
    private String email;
    private String phone;

    /** Stores the request; on success the confirmation page shows its reference (via the flash). */
    public String submit() {
        String address = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
        try {
            AccountRequest request = accountRequests.submit(new AccountRequestEntry(companyNameJa, companyNameEn,
                    corporateNumber, contactLastName, contactFirstName, email, phone, address));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("accountRequestId", request.getId());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("accountRequestEmail", request.getEmail());
            return "/public/account-request-sent?faces-redirect=true";
        } catch (EntryRejectedException rejected) {
            Feedback.problemsAtFields(FORM, rejected.getProblems());
            return null;
        }
    }

    public String getCompanyNameJa() {
        return companyNameJa;
    }

    public void setCompanyNameJa(String companyNameJa) {
        this.companyNameJa = companyNameJa;
    }

    public String getCompanyNameEn() {
        return companyNameEn;
    }

    public void setCompanyNameEn(String companyNameEn) {
        this.companyNameEn = companyNameEn;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public void setCorporateNumber(String corporateNumber) {
        this.corporateNumber = corporateNumber;
    }

    public String getContactLastName() {
        return contactLastName;
    }

    public void setContactLastName(String contactLastName) {
        this.contactLastName = contactLastName;
    }

    public String getContactFirstName() {
        return contactFirstName;
    }

    public void setContactFirstName(String contactFirstName) {
        this.contactFirstName = contactFirstName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
