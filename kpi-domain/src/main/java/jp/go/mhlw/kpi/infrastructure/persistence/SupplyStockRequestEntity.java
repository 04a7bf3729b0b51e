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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import jp.go.mhlw.kpi.domain.model.supply.StockAnswer;
import jp.go.mhlw.kpi.domain.model.supply.StockRequest;

/**
 * MHLW's request to the maker of an alternative product and, once given, its answer (table supply_stock_request).
 * The request columns never change; the answer columns are filled in once.
 */
@Entity
@Table(name = "supply_stock_request")
public class SupplyStockRequestEntity {

    @Id
    @SequenceGenerator(name = "supply_stock_request_seq", sequenceName = "supply_stock_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supply_stock_request_seq")
    @Column(updatable = false)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupplyCaseEntity supplyCase;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Column(name = "maker_organisation", nullable = false, updatable = false, length = 64)
    private String makerOrganisation;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Column(nullable = false)
    private boolean answered;

    @Column(name = "stock_on_hand")
    private Long stockOnHand;

    @Column(name = "additional_monthly_capacity")
    private Long additionalMonthlyCapacity;

    @Column(name = "answer_note", length = 4000)
    private String answerNote;

    @Column(name = "answer_shared", nullable = false)
    private boolean answerShared;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Version
    @Column(nullable = false)
    private int version;

    protected SupplyStockRequestEntity() {
        // for JPA
    }

    SupplyStockRequestEntity(SupplyCaseEntity supplyCase, int sequenceNumber, StockRequest request) {
        this.supplyCase = supplyCase;
        this.sequenceNumber = sequenceNumber;
        this.makerOrganisation = request.makerOrganisationCode();
        this.requestedAt = Times.stored(request.requestedAt());
        update(request);
    }

    /** Takes over the answer, if there is one now. */
    final void update(StockRequest request) {
        if (!request.makerOrganisationCode().equals(makerOrganisation)) {
            throw new IllegalStateException("Stock request " + sequenceNumber + " was sent to " + makerOrganisation
                    + ", not to " + request.makerOrganisationCode());
        }
        answered = request.isAnswered();
        stockOnHand = request.stockAnswer().map(StockAnswer::stockOnHand).orElse(null);
        additionalMonthlyCapacity = request.stockAnswer().map(StockAnswer::additionalMonthlyCapacity).orElse(null);
        answerNote = request.stockAnswer().map(StockAnswer::note).orElse(null);
        answerShared = request.stockAnswer().map(StockAnswer::sharedWithReporter).orElse(false);
        answeredBy = request.answeredBy();
        answeredAt = Times.stored(request.answeredAt());
    }

    SupplyCaseEntity getSupplyCase() {
        return supplyCase;
    }

    StockRequest toRecord() {
        StockAnswer answer = answered ? new StockAnswer(stockOnHand, additionalMonthlyCapacity, answerNote, answerShared) : null;
        return new StockRequest(makerOrganisation, Times.instant(requestedAt), answer, answeredBy, Times.instant(answeredAt));
    }
}
