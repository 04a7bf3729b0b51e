package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCoverage;

/**
 * The row of a {@link SupplyCase} (table supply_case): its identity, state and bookkeeping, and the latest
 * version repeated for the case lists. The case's reports, triages and decisions are rows of their own tables;
 * {@link JpaSupplyCaseRepository} maps between these rows and the aggregate.
 */
@Entity
@Table(name = "supply_case")
public class SupplyCaseEntity {

    @Id
    @SequenceGenerator(name = "supply_case_seq", sequenceName = "supply_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supply_case_seq")
    @Column(updatable = false)
    private Long id;

    @Column(name = "case_number", nullable = false, updatable = false, length = 32)
    private String caseNumber;

    @Column(name = "manufacturer_organisation", nullable = false, updatable = false, length = 64)
    private String manufacturerOrganisation;

    @Column(name = "product_name", nullable = false, updatable = false, length = 500)
    private String productName;

    @Column(name = "product_approval_number", updatable = false, length = 100)
    private String productApprovalNumber;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private OffsetDateTime openedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SupplyCaseState state;

    @Column(name = "termination_path", nullable = false)
    private boolean terminationPath;

    @Column(name = "versions_before_termination", nullable = false)
    private int versionsBeforeTermination;

    @Column(name = "triaged_this_round", nullable = false)
    private boolean triagedThisRound;

    @Column(name = "consulted_this_round", nullable = false)
    private boolean consultedThisRound;

    @Column(name = "latest_version_number", nullable = false)
    private int latestVersionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "latest_report_kind", length = 32)
    private ReportKind latestReportKind;

    @Column(name = "latest_filed_at")
    private OffsetDateTime latestFiledAt;

    @Column(name = "consent_given")
    private Boolean consentGiven;

    @Column(name = "consent_decided_by")
    private String consentDecidedBy;

    @Column(name = "consent_decided_at")
    private OffsetDateTime consentDecidedAt;

    @Column(name = "association_organisation", length = 64)
    private String associationOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 32)
    private CloseReason closeReason;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    /** The keys of the coverage column's order, kept here as the reports' figures are inside their JSON. */
    @Column(name = "coverage_own_months", precision = 40, scale = 16)
    private BigDecimal coverageOwnMonths;

    @Column(name = "coverage_capacity_share", precision = 40, scale = 16)
    private BigDecimal coverageCapacityShare;

    /** False only on rows stored before the keys were kept, until they are filled in. */
    @Column(name = "coverage_stored", nullable = false)
    private boolean coverageStored;

    @Version
    @Column(nullable = false)
    private int version;

    protected SupplyCaseEntity() {
        // for JPA
    }

    SupplyCaseEntity(SupplyCase.Snapshot opened) {
        this.caseNumber = opened.caseNumber();
        this.manufacturerOrganisation = opened.manufacturerOrganisationCode();
        this.productName = opened.product().name();
        this.productApprovalNumber = opened.product().approvalNumber();
        this.openedAt = Times.stored(opened.openedAt());
        update(opened);
    }

    /** Takes over the case's current state; identity, product and opening never change. */
    final void update(SupplyCase.Snapshot current) {
        state = current.state();
        terminationPath = current.terminationPath();
        versionsBeforeTermination = current.versionsBeforeTermination();
        triagedThisRound = current.triagedThisRound();
        consultedThisRound = current.consultedThisRound();
        ReportVersion latest = current.versions().isEmpty() ? null : current.versions().get(current.versions().size() - 1);
        latestVersionNumber = latest == null ? 0 : latest.number();
        latestReportKind = latest == null ? null : latest.kind();
        latestFiledAt = latest == null ? null : Times.stored(latest.filedAt());
        consentGiven = current.consent() == null ? null : current.consent().given();
        consentDecidedBy = current.consent() == null ? null : current.consent().decidedBy();
        consentDecidedAt = current.consent() == null ? null : Times.stored(current.consent().decidedAt());
        associationOrganisation = current.associationOrganisationCode();
        closeReason = current.closeReason();
        closedBy = current.closedBy();
        closedAt = Times.stored(current.closedAt());
        coverAs(SupplyCoverage.of(latest == null ? null : latest.content(), current.stockRequests()));
    }

    /** Keeps the coverage's order keys; rounded to the column's scale, which only the order reads. */
    final void coverAs(SupplyCoverage coverage) {
        coverageOwnMonths = orderKey(coverage.getOwnMonths());
        coverageCapacityShare = orderKey(coverage.getCapacitySharePercent());
        coverageStored = true;
    }

    private static BigDecimal orderKey(BigDecimal value) {
        return value == null ? null : value.setScale(16, RoundingMode.HALF_UP);
    }

    BigDecimal getCoverageOwnMonths() {
        return coverageOwnMonths;
    }

    BigDecimal getCoverageCapacityShare() {
        return coverageCapacityShare;
    }

    Long getId() {
        return id;
    }

    String getCaseNumber() {
        return caseNumber;
    }

    String getManufacturerOrganisation() {
        return manufacturerOrganisation;
    }

    String getProductName() {
        return productName;
    }

    String getProductApprovalNumber() {
        return productApprovalNumber;
    }

    OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    SupplyCaseState getState() {
        return state;
    }

    boolean isTerminationPath() {
        return terminationPath;
    }

    int getVersionsBeforeTermination() {
        return versionsBeforeTermination;
    }

    boolean isTriagedThisRound() {
        return triagedThisRound;
    }

    boolean isConsultedThisRound() {
        return consultedThisRound;
    }

    int getLatestVersionNumber() {
        return latestVersionNumber;
    }

    ReportKind getLatestReportKind() {
        return latestReportKind;
    }

    OffsetDateTime getLatestFiledAt() {
        return latestFiledAt;
    }

    Boolean getConsentGiven() {
        return consentGiven;
    }

    String getConsentDecidedBy() {
        return consentDecidedBy;
    }

    OffsetDateTime getConsentDecidedAt() {
        return consentDecidedAt;
    }

    String getAssociationOrganisation() {
        return associationOrganisation;
    }

    CloseReason getCloseReason() {
        return closeReason;
    }

    String getClosedBy() {
        return closedBy;
    }

    OffsetDateTime getClosedAt() {
        return closedAt;
    }
}
