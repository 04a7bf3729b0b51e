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
import jp.go.mhlw.kpi.domain.model.supply.FurtherActionDecision;

/** MHLW's decision whether further action is needed (table supply_further_action_decision), written once. */
@Entity
@Table(name = "supply_further_action_decision")
public class SupplyFurtherActionDecisionEntity {

    @Id
    @SequenceGenerator(name = "supply_further_action_decision_seq", sequenceName = "supply_further_action_decision_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supply_further_action_decision_seq")
    @Column(updatable = false)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupplyCaseEntity supplyCase;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Column(nullable = false, updatable = false)
    private boolean needed;

    @Column(nullable = false, updatable = false, length = 4000)
    private String reasons;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private OffsetDateTime decidedAt;

    protected SupplyFurtherActionDecisionEntity() {
        // for JPA
    }

    SupplyFurtherActionDecisionEntity(SupplyCaseEntity supplyCase, int sequenceNumber, FurtherActionDecision decision) {
        this.supplyCase = supplyCase;
        this.sequenceNumber = sequenceNumber;
        this.needed = decision.needed();
        this.reasons = decision.reasons();
        this.decidedBy = decision.decidedBy();
        this.decidedAt = Times.stored(decision.decidedAt());
    }

    FurtherActionDecision toRecord() {
        return new FurtherActionDecision(needed, reasons, decidedBy, Times.instant(decidedAt));
    }
}
