package jp.go.mhlw.kpi.web.view.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.go.mhlw.kpi.application.admin.OrganisationAdministration;
import jp.go.mhlw.kpi.application.admin.OrganisationDetails;
import jp.go.mhlw.kpi.domain.model.organisation.HubProgramme;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationListing;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationSort;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.web.view.Feedback;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * organisations.xhtml: the organisations a page at a time (the database filters by kind and by part of the code or a
 * name, sorts by code, name or kind, and counts them; by code until a column is sorted); one dialog to register or edit one; deactivate and
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
    /** The organisations, read a page at a time: the database filters, sorts and counts them. */
    private final Organisations organisations = new Organisations();
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
        hubProgrammes = administration.hubProgrammes();
    }

    /** Another kind chosen: the table starts again at its first page. */
    public void kindChanged() {
        if (FacesContext.getCurrentInstance().getViewRoot()
                .findComponent("organisationsForm:organisations") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /**
     * What the table asks for, as the service takes it: the kind chosen above the table, the name column's filter
     * (part of the code or of either name), the sorted column (the name in the reader's language); by code when none is.
     */
    static OrganisationListing listingOf(OrganisationKind kind, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy, Locale locale) {
        FilterMeta filter = filterBy == null ? null : filterBy.get("nameJa");
        Object named = filter == null ? null : filter.getFilterValue();
        OrganisationListing listing = OrganisationListing.BY_CODE.ofKind(kind)
                .named(named == null ? null : named.toString());
        SortMeta sorted = sortBy == null ? null
                : sortBy.values().stream().filter(SortMeta::isActive).sorted().findFirst().orElse(null);
        if (sorted == null) {
            return listing;
        }
        OrganisationSort sort = switch (sorted.getField()) {
            case "code" -> OrganisationSort.CODE;
            case "nameJa" -> Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? OrganisationSort.NAME_JA
                    : OrganisationSort.NAME_EN;
            case "kind" -> OrganisationSort.KIND;
            default -> null;
        };
        return sort == null ? listing : listing.sortedBy(sort, sorted.getOrder() == SortOrder.DESCENDING);
    }

    /** The organisations, a page at a time. */
    private final class Organisations extends LazyDataModel<Organisation> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE,
                    administration.count(listingOf(kindFilter, Map.of(), filterBy, Feedback.locale())));
        }

        @Override
        public List<Organisation> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return administration.list(listingOf(kindFilter, sortBy, filterBy, Feedback.locale()), first,
                    Math.max(1, Math.min(pageSize, OrganisationAdministration.MAX_PAGE_SIZE)));
        }

        @Override
        public String getRowKey(Organisation row) {
            return row.getCode();
        }

        @Override
        public Organisation getRowData(String rowKey) {
            return null;
        }
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
    }

    public void reactivate(String organisationCode) {
        try {
            administration.reactivate(organisationCode);
            Feedback.info("admin.organisations.reactivated", organisationCode);
        } catch (EntryRejectedException rejected) {
            Feedback.problems("organisationsForm", false, rejected.getProblems());
        }
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

    public LazyDataModel<Organisation> getOrganisations() {
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
