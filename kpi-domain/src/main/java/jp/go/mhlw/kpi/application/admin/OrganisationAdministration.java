package jp.go.mhlw.kpi.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.organisation.CorporateNumber;
import jp.go.mhlw.kpi.domain.model.organisation.HubProgramme;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationListing;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.organisation.ProgrammeRepository;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Administrators create, correct, deactivate and reactivate organisations. There is no delete: reports, KPI values,
 * supply cases and the audit trail refer to organisations, so one that takes no further part is deactivated and
 * keeps its history. Code and kind are fixed at creation (users' tokens carry the code; the kind decides the roles
 * and reports). Every refused entry names all its problems; every change is recorded once in the audit trail.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class OrganisationAdministration {

    static final String OBJECT_TYPE = "Organisation";

    /** Upper-case letters, digits and single hyphens, as the realm's user profile accepts for the 'org' attribute. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final int MAX_CODE = 64;
    private static final int MAX_NAME = 200;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    AuditTrail auditTrail;

    public OrganisationAdministration() {
        // for the container
    }

    OrganisationAdministration(OrganisationRepository organisations, ProgrammeRepository programmes, AuditTrail auditTrail) {
        this.organisations = organisations;
        this.programmes = programmes;
        this.auditTrail = auditTrail;
    }

    /** The most organisations one page of the list holds. */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * One page of the organisations, inactive ones too, filtered and ordered by the database (by code unless the
     * listing says otherwise).
     *
     * @param first the position of the page's first organisation, 0 for the first page
     * @param size  1 to {@link #MAX_PAGE_SIZE}
     */
    @ReadOnly
    public List<Organisation> list(OrganisationListing listing, int first, int size) {
        if (first < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 1 to " + MAX_PAGE_SIZE
                    + " organisations");
        }
        return organisations.list(listing == null ? OrganisationListing.BY_CODE : listing, first, size);
    }

    /** How many organisations {@link #list(OrganisationListing, int, int)} pages through. */
    @ReadOnly
    public long count(OrganisationListing listing) {
        return organisations.count(listing == null ? OrganisationListing.BY_CODE : listing);
    }

    @ReadOnly
    public Optional<Organisation> find(String code) {
        return code == null || code.isBlank() ? Optional.empty() : organisations.findByCode(code.strip());
    }

    /** The programmes a hub can belong to. */
    @ReadOnly
    public List<HubProgramme> hubProgrammes() {
        return programmes.findHubProgrammes();
    }

    /**
     * Creates an active organisation. A manufacturer needs its 法人番号.
     *
     * @throws EntryRejectedException with every problem of the entry
     */
    public Organisation create(OrganisationDetails details) {
        List<Problem> problems = new ArrayList<>();
        String code = details.code() == null ? "" : details.code().strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            problems.add(Problem.at("code", "admin.organisation.code.required"));
        } else if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            problems.add(Problem.at("code", "admin.organisation.code.invalid", String.valueOf(MAX_CODE)));
        } else {
            organisations.findByCode(code).ifPresent(existing -> problems.add(Problem.at("code",
                    "admin.organisation.code.taken", code, existing.getNameJa(), existing.getNameEn())));
        }
        if (details.kind() == null) {
            problems.add(Problem.at("kind", "admin.organisation.kind.required"));
        }
        String nameJa = name(details.nameJa(), "nameJa", problems);
        String nameEn = name(details.nameEn(), "nameEn", problems);
        Optional<CorporateNumber> number = corporateNumber(details.corporateNumber(), details.kind(), code, problems);
        Optional<HubProgramme> programme = hubProgramme(details.hubProgrammeCode(), details.kind(), problems);
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The organisation", problems);
        }
        Organisation organisation = number.isPresent()
                ? new Organisation(code, details.kind(), nameJa, nameEn, number.get())
                : new Organisation(code, details.kind(), nameJa, nameEn);
        programme.ifPresent(organisation::joinHubProgramme);
        organisations.store(organisation);
        auditTrail.record(new AuditEntry("organisation.created", OBJECT_TYPE, code, code,
                "Created organisation " + code + " (" + details.kind() + ", " + nameJa + ")", null, state(organisation)));
        return organisation;
    }

    /**
     * Corrects the names, the 法人番号 and (for hubs) the programme. {@code expectedVersion} is the version the form
     * was filled from: a change someone else made meanwhile is not overwritten.
     *
     * @throws EntryRejectedException with every problem of the entry
     */
    public Organisation update(String code, int expectedVersion, OrganisationDetails details) {
        Organisation organisation = load(code);
        List<Problem> problems = new ArrayList<>();
        if (organisation.getVersion() != expectedVersion) {
            throw new EntryRejectedException("The change", List.of(Problem.at("version",
                    "admin.organisation.changedMeanwhile")));
        }
        if (details.kind() != null && details.kind() != organisation.getKind()) {
            problems.add(Problem.at("kind", "admin.organisation.kind.fixed"));
        }
        String nameJa = name(details.nameJa(), "nameJa", problems);
        String nameEn = name(details.nameEn(), "nameEn", problems);
        Optional<CorporateNumber> number = corporateNumber(details.corporateNumber(), organisation.getKind(),
                organisation.getCode(), problems);
        Optional<HubProgramme> programme = hubProgramme(details.hubProgrammeCode(), organisation.getKind(), problems);
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The change", problems);
        }
        String before = state(organisation);
        organisation.rename(nameJa, nameEn);
        if (number.isPresent()) {
            organisation.changeCorporateNumber(number.get());
        } else if (organisation.getCorporateNumber() != null) {
            organisation.removeCorporateNumber();
        }
        if (programme.isPresent()) {
            organisation.joinHubProgramme(programme.get());
        } else {
            organisation.leaveHubProgramme();
        }
        String after = state(organisation);
        if (after.equals(before)) {
            return organisation;
        }
        organisations.store(organisation);
        auditTrail.record(new AuditEntry("organisation.updated", OBJECT_TYPE, organisation.getCode(),
                organisation.getCode(), "Updated organisation " + organisation.getCode(), before, after));
        return organisation;
    }

    /** The organisation takes no further part; its users keep their accounts until an administrator disables them. */
    public Organisation deactivate(String code) {
        Organisation organisation = load(code);
        String before = state(organisation);
        try {
            organisation.deactivate();
        } catch (IllegalStateException alreadyInactive) {
            throw new EntryRejectedException("Deactivating", List.of(Problem.at("active",
                    "admin.organisation.alreadyInactive", organisation.getCode(),
                    String.valueOf(alreadyInactive.getMessage()))));
        }
        organisations.store(organisation);
        auditTrail.record(new AuditEntry("organisation.deactivated", OBJECT_TYPE, organisation.getCode(),
                organisation.getCode(), "Deactivated organisation " + organisation.getCode(), before, state(organisation)));
        return organisation;
    }

    public Organisation reactivate(String code) {
        Organisation organisation = load(code);
        String before = state(organisation);
        try {
            organisation.reactivate();
        } catch (IllegalStateException alreadyActive) {
            throw new EntryRejectedException("Reactivating", List.of(Problem.at("active",
                    "admin.organisation.alreadyActive", organisation.getCode(),
                    String.valueOf(alreadyActive.getMessage()))));
        }
        organisations.store(organisation);
        auditTrail.record(new AuditEntry("organisation.reactivated", OBJECT_TYPE, organisation.getCode(),
                organisation.getCode(), "Reactivated organisation " + organisation.getCode(), before, state(organisation)));
        return organisation;
    }

    private Organisation load(String code) {
        return find(code).orElseThrow(() -> new EntryRejectedException("The change", List.of(Problem.at("code",
                "admin.organisation.unknown", String.valueOf(code)))));
    }

    /** {@code field} is "nameJa" or "nameEn", named in the texts as {@code admin.organisation.<field>}. */
    private static String name(String value, String field, List<Problem> problems) {
        String name = value == null ? "" : value.strip();
        Phrase label = Phrase.of("admin.organisation." + field);
        if (name.isEmpty()) {
            problems.add(Problem.at(field, "account.name.required", label));
        } else if (name.length() > MAX_NAME) {
            problems.add(Problem.at(field, "account.name.tooLong", label, String.valueOf(MAX_NAME)));
        }
        return name;
    }

    /** Full-width digits become ASCII, spaces and hyphens go: "1234-5678-9012-3" as typed is fine. */
    private Optional<CorporateNumber> corporateNumber(String value, OrganisationKind kind, String code,
                                                      List<Problem> problems) {
        String typed = CorporateNumber.withoutSeparators(value);
        if (typed.isEmpty()) {
            if (kind == OrganisationKind.MANUFACTURER) {
                problems.add(Problem.at("corporateNumber", "admin.organisation.corporateNumber.required"));
            }
            return Optional.empty();
        }
        CorporateNumber number;
        try {
            number = CorporateNumber.of(typed);
        } catch (IllegalArgumentException invalid) {
            String digits = typed.codePoints().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            boolean thirteenDigits = digits.matches("\\d{13}");
            problems.add(thirteenDigits
                    ? Problem.at("corporateNumber", "admin.organisation.corporateNumber.checkDigit", digits,
                            String.valueOf(invalid.getMessage()))
                    : Problem.at("corporateNumber", "admin.organisation.corporateNumber.format", value.strip(),
                            String.valueOf(invalid.getMessage())));
            return Optional.empty();
        }
        organisations.findByCorporateNumber(number.value()).stream().filter(other -> !other.getCode().equals(code))
                .findFirst().ifPresent(other -> problems.add(Problem.at("corporateNumber",
                        "admin.organisation.corporateNumber.taken", number.value(), other.getCode(),
                        other.getNameJa())));
        return Optional.of(number);
    }

    private Optional<HubProgramme> hubProgramme(String programmeCode, OrganisationKind kind, List<Problem> problems) {
        if (programmeCode == null || programmeCode.isBlank()) {
            return Optional.empty();
        }
        if (kind != OrganisationKind.HUB) {
            problems.add(Problem.at("hubProgramme", "admin.organisation.hubProgramme.notHub"));
            return Optional.empty();
        }
        Optional<HubProgramme> programme = programmes.findHubProgramme(programmeCode.strip());
        if (programme.isEmpty()) {
            problems.add(Problem.at("hubProgramme", "admin.organisation.hubProgramme.unknown", programmeCode));
        }
        return programme;
    }

    static String state(Organisation organisation) {
        return AuditJson.object()
                .with("code", organisation.getCode())
                .with("kind", organisation.getKind().name())
                .with("nameJa", organisation.getNameJa())
                .with("nameEn", organisation.getNameEn())
                .with("corporateNumber", organisation.getCorporateNumber())
                .with("hubProgramme", organisation.hubProgramme().map(HubProgramme::getCode).orElse(null))
                .with("active", organisation.isActive())
                .toString();
    }
}
