package jp.go.mhlw.kpi.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import jp.go.mhlw.kpi.application.admin.OrganisationAdministration;
import jp.go.mhlw.kpi.application.admin.OrganisationDetails;
import jp.go.mhlw.kpi.domain.model.organisation.HubProgramme;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.web.view.Feedback;
import org.primefaces.PrimeFaces;

/**
 * organisations.xhtml: the organisations, filtered by kind; one dialog to register or edit one; deactivate and
 * reactivate after a confirmation. There is no delete. The service checks everything again.
 */
@Named
@ViewScoped
public class OrganisationAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DIALOG_FORM = "organisationDialogForm";

    @Inject
    transient OrganisationAdministration administration;

    private OrganisationKind kindFilter;
    private List<Organisation> organisations = List.of();
    private List<HubProgramme> hubProgrammes = List.of();

    /** The organisation being edited; null while registering a new one. */
    private String editedCode;
    private int editedVersion;
    private String code;
    private OrganisationKind kind;
    private String nameJa;
    private String nameEn;
    private String corporateNumber;
    private String hubProgrammeCode;

    public void load() {
        organisations = administration.list(kindFilter);
        hubProgrammes = administration.hubProgrammes();
    }

    public void startCreate() {
        PrimeFaces.current().resetInputs(DIALOG_FORM);
        editedCode = null;
        editedVersion = 0;
        code = null;
        kind = kindFilter;
        nameJa = null;
        nameEn = null;
        corporateNumber = null;
        hubProgrammeCode = null;
    }

    public void startEdit(String organisationCode) {
        Organisation organisation = administration.find(organisationCode).orElse(null);
        if (organisation == null) {
            Feedback.error("admin.organisations.gone", organisationCode);
            load();
            return;
        }
        PrimeFaces.current().resetInputs(DIALOG_FORM);
        editedCode = organisation.getCode();
        editedVersion = organisation.getVersion();
        code = organisation.getCode();
        kind = organisation.getKind();
        nameJa = organisation.getNameJa();
        nameEn = organisation.getNameEn();
        corporateNumber = organisation.getCorporateNumber();
        hubProgrammeCode = organisation.hubProgramme().map(HubProgramme::getCode).orElse(null);
    }

    /** Registers or updates; on success the dialog closes (callback parameter "saved"), else it keeps what was typed. */
    public void save() {
        try {
            if (editedCode == null) {
                Organisation created = administration.create(new OrganisationDetails(code, kind, nameJa, nameEn,
                        corporateNumber, hubProgrammeCode));
                Feedback.info("admin.organisations.created", created.getCode());
            } else {
                administration.update(editedCode, editedVersion, new OrganisationDetails(editedCode, kind, nameJa, nameEn,
                        corporateNumber, hubProgrammeCode));
                Feedback.info("admin.organisations.updated", editedCode);
            }
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            load();
        } catch (EntryRejectedException rejected) {
            Feedback.problems(DIALOG_FORM, true, rejected.getProblems());
        }
    }

    public void deactivate(String organisationCode) {
        try {
            administration.deactivate(organisationCode);
            Feedback.info("admin.organisations.deactivated", organisationCode);
        } catch (EntryRejectedException rejected) {
            Feedback.problems("organisationsForm", false, rejected.getProblems());
        }
        load();
    }

    public void reactivate(String organisationCode) {
        try {
            administration.reactivate(organisationCode);
            Feedback.info("admin.organisations.reactivated", organisationCode);
        } catch (EntryRejectedException rejected) {
            Feedback.problems("organisationsForm", false, rejected.getProblems());
        }
        load();
    }

    public String name(Organisation organisation) {
        return organisation.name(Feedback.locale());
    }

    public String programmeName(Organisation organisation) {
        return organisation.hubProgramme().map(programme -> programme.name(Feedback.locale())).orElse("");
    }

    public List<OrganisationKind> getKinds() {
        return Arrays.asList(OrganisationKind.values());
    }

    public boolean isEditing() {
        return editedCode != null;
    }

    public boolean isHub() {
        return kind == OrganisationKind.HUB;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public List<HubProgramme> getHubProgrammes() {
        return hubProgrammes;
    }

    public String programmeLabel(HubProgramme programme) {
        return programme.name(Feedback.locale());
    }

    public OrganisationKind getKindFilter() {
        return kindFilter;
    }

    public void setKindFilter(OrganisationKind kindFilter) {
        this.kindFilter = kindFilter;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getNameJa() {
        return nameJa;
    }

    public void setNameJa(String nameJa) {
        this.nameJa = nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public void setCorporateNumber(String corporateNumber) {
        this.corporateNumber = corporateNumber;
    }

    public String getHubProgrammeCode() {
        return hubProgrammeCode;
    }

    public void setHubProgrammeCode(String hubProgrammeCode) {
        this.hubProgrammeCode = hubProgrammeCode;
    }
}
