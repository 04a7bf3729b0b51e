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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import jp.go.mhlw.kpi.domain.model.supply.ReportDraft;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;

/** The draft of a case's next report (table supply_report_draft): at most one per case, replaced on each save. */
@Entity
@Table(name = "supply_report_draft")
public class SupplyReportDraftEntity {

    @Id
    @SequenceGenerator(name = "supply_report_draft_seq", sequenceName = "supply_report_draft_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supply_report_draft_seq")
    @Column(updatable = false)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupplyCaseEntity supplyCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReportKind kind;

    @Column(nullable = false)
    private String content;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private OffsetDateTime savedAt;

    @Version
    @Column(nullable = false)
    private int version;

    protected SupplyReportDraftEntity() {
        // for JPA
    }

    SupplyReportDraftEntity(SupplyCaseEntity supplyCase, ReportDraft draft) {
        this.supplyCase = supplyCase;
        replaceWith(draft);
    }

    final void replaceWith(ReportDraft draft) {
        kind = draft.kind();
        content = SupplyReportJson.write(draft.content());
        savedBy = draft.savedBy();
        savedAt = Times.stored(draft.savedAt());
    }

    ReportDraft toDraft() {
        return new ReportDraft(kind, SupplyReportJson.read(content), savedBy, Times.instant(savedAt));
    }
}
