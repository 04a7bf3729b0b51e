package jp.go.mhlw.kpi.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One state change, as it happened: who (and for which organisation), when, what was done to which object,
 * and the object's state before and after where that applies. Written once; no column can be updated.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_organisation", updatable = false, length = 64)
    private String actorOrganisation;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "object_type", nullable = false, updatable = false, length = 64)
    private String objectType;

    @Column(name = "object_id", nullable = false, updatable = false, length = 64)
    private String objectId;

    @Column(name = "object_organisation", updatable = false, length = 64)
    private String objectOrganisation;

    @Column(nullable = false, updatable = false, length = 1000)
    private String summary;

    @Column(name = "before_state", updatable = false)
    private String beforeState;

    @Column(name = "after_state", updatable = false)
    private String afterState;

    protected AuditRecord() {
        // for JPA
    }

    AuditRecord(OffsetDateTime occurredAt, String actor, String actorOrganisation, AuditEntry entry) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.actorOrganisation = actorOrganisation;
        this.action = entry.action();
        this.objectType = entry.objectType();
        this.objectId = entry.objectId();
        this.objectOrganisation = entry.objectOrganisation();
        this.summary = entry.summary();
        this.beforeState = entry.before();
        this.afterState = entry.after();
    }

    public static AuditRecord of(OffsetDateTime occurredAt, String actor, String actorOrganisation, AuditEntry entry) {
        return new AuditRecord(occurredAt, actor, actorOrganisation, entry);
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorOrganisation() {
        return actorOrganisation;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getObjectOrganisation() {
        return objectOrganisation;
    }

    public String getSummary() {
        return summary;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }
}
