package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import jp.go.mhlw.kpi.domain.model.supply.SocietyConsultation;

/** MHLW's consultation of academic societies (table supply_society_consultation), written once. */
@Entity
@Table(name = "supply_society_consultation")
public class SupplySocietyConsultationEntity {

    @Id
    @SequenceGenerator(name = "supply_society_consultation_seq", sequenceName = "supply_society_consultation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supply_society_consultation_seq")
    @Column(updatable = false)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupplyCaseEntity supplyCase;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Column(nullable = false, updatable = false, length = 1000)
    private String societies;

    @Column(nullable = false, updatable = false, length = 4000)
    private String outcome;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected SupplySocietyConsultationEntity() {
        // for JPA
    }

    SupplySocietyConsultationEntity(SupplyCaseEntity supplyCase, int sequenceNumber, SocietyConsultation consultation) {
        this.supplyCase = supplyCase;
        this.sequenceNumber = sequenceNumber;
        this.societies = consultation.societies();
        this.outcome = consultation.outcome();
        this.recordedBy = consultation.recordedBy();
        this.recordedAt = Times.stored(consultation.recordedAt());
    }

    SocietyConsultation toRecord() {
        return new SocietyConsultation(societies, outcome, recordedBy, Times.instant(recordedAt));
    }
}
