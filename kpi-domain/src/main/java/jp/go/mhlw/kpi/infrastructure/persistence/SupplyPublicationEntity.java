package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A supply case on the public list (db/migration V21). */
@Entity
@Table(name = "supply_publication")
public class SupplyPublicationEntity {

    @Id
    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "show_maker", nullable = false)
    private boolean showMaker;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    protected SupplyPublicationEntity() {
    }

    SupplyPublicationEntity(String caseNumber, boolean showMaker, String publishedBy, Instant publishedAt) {
        this.caseNumber = caseNumber;
        this.showMaker = showMaker;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt.atOffset(ZoneOffset.UTC);
    }

    String caseNumber() {
        return caseNumber;
    }

    boolean showMaker() {
        return showMaker;
    }

    void republish(boolean showMaker, String publishedBy, Instant publishedAt) {
        this.showMaker = showMaker;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt.atOffset(ZoneOffset.UTC);
    }
}
