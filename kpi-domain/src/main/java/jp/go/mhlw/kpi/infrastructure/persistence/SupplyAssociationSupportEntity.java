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
import jp.go.mhlw.kpi.domain.model.supply.AssociationSupport;

/** What the industry association did for a case (table supply_association_support), written once. */
@Entity
@Table(name = "supply_association_support")
public class SupplyAssociationSupportEntity {

    @Id
    @SequenceGenerator(name = "supply_association_support_seq", sequenceName = "supply_association_support_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supply_association_support_seq")
    @Column(updatable = false)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupplyCaseEntity supplyCase;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Column(name = "association_organisation", nullable = false, updatable = false, length = 64)
    private String associationOrganisation;

    @Column(name = "what_was_done", nullable = false, updatable = false, length = 4000)
    private String whatWasDone;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected SupplyAssociationSupportEntity() {
        // for JPA
    }

    SupplyAssociationSupportEntity(SupplyCaseEntity supplyCase, int sequenceNumber, AssociationSupport support) {
        this.supplyCase = supplyCase;
        this.sequenceNumber = sequenceNumber;
        this.associationOrganisation = support.organisationCode();
        this.whatWasDone = support.whatWasDone();
        this.recordedBy = support.recordedBy();
        this.recordedAt = Times.stored(support.recordedAt());
    }

    AssociationSupport toRecord() {
        return new AssociationSupport(associationOrganisation, whatWasDone, recordedBy, Times.instant(recordedAt));
    }
}
