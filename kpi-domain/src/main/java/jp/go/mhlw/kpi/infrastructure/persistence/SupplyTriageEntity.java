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
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;
import jp.go.mhlw.kpi.domain.model.supply.TriageRecord;

/** MHLW's triage of a report (table supply_triage), written once. */
@Entity
@Table(name = "supply_triage")
public class SupplyTriageEntity {

    @Id
    @SequenceGenerator(name = "supply_triage_seq", sequenceName = "supply_triage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supply_triage_seq")
    @Column(updatable = false)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupplyCaseEntity supplyCase;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "clinical_impact", nullable = false, updatable = false, length = 32)
    private ClinicalImpact clinicalImpact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private TriageLevel urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private TriageLevel severity;

    @Column(updatable = false, length = 4000)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected SupplyTriageEntity() {
        // for JPA
    }

    SupplyTriageEntity(SupplyCaseEntity supplyCase, int sequenceNumber, TriageRecord triage) {
        this.supplyCase = supplyCase;
        this.sequenceNumber = sequenceNumber;
        this.clinicalImpact = triage.impact();
        this.urgency = triage.urgency();
        this.severity = triage.severity();
        this.note = triage.note();
        this.recordedBy = triage.recordedBy();
        this.recordedAt = Times.stored(triage.recordedAt());
    }

    TriageRecord toRecord() {
        return new TriageRecord(clinicalImpact, urgency, severity, note, recordedBy, Times.instant(recordedAt));
    }
}
