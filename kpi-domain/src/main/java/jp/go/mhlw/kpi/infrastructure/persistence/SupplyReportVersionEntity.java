package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;

/**
 * A filed report (table supply_report_version), written once: no column is updatable and nothing here changes
 * after construction. The report's content is JSON text ({@link SupplyReportJson}); kind, form, product, approval
 * number, who and when are columns of their own for lists and searches.
 */
@Entity
@Table(name = "supply_report_version")
public class SupplyReportVersionEntity {

    @Id
    @SequenceGenerator(name = "supply_report_version_seq", sequenceName = "supply_report_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supply_report_version_seq")
    @Column(updatable = false)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupplyCaseEntity supplyCase;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private ReportKind kind;

    @Column(name = "form_number", nullable = false, updatable = false, length = 8)
    private String formNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "disruption_kind", updatable = false, length = 32)
    private DisruptionKind disruptionKind;

    @Column(name = "product_name", updatable = false, length = 500)
    private String productName;

    @Column(name = "approval_number", updatable = false, length = 100)
    private String approvalNumber;

    @Column(name = "filed_by", nullable = false, updatable = false)
    private String filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private OffsetDateTime filedAt;

    @Column(nullable = false, updatable = false)
    private String content;

    protected SupplyReportVersionEntity() {
        // for JPA
    }

    SupplyReportVersionEntity(SupplyCaseEntity supplyCase, ReportVersion version) {
        this.supplyCase = supplyCase;
        this.versionNumber = version.number();
        this.kind = version.kind();
        this.formNumber = version.kind().formNumber();
        this.disruptionKind = version.content().disruptionKind();
        this.productName = version.content().productName();
        this.approvalNumber = version.content().approvalNumber();
        this.filedBy = version.filedBy();
        this.filedAt = Times.stored(version.filedAt());
        this.content = SupplyReportJson.write(version.content());
    }

    ReportVersion toVersion() {
        return new ReportVersion(versionNumber, kind, SupplyReportJson.read(content), filedBy, Times.instant(filedAt));
    }

    SupplyCaseEntity getSupplyCase() {
        return supplyCase;
    }

    int getVersionNumber() {
        return versionNumber;
    }

    String getContent() {
        return content;
    }
}
