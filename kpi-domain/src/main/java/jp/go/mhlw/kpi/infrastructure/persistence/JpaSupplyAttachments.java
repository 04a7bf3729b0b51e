package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.supply.SupplyAttachment;
import jp.go.mhlw.kpi.application.supply.SupplyAttachments;
import jp.go.mhlw.kpi.domain.model.supply.AttachmentType;

/** The files attached to supply reports, in their table (db/migration V22). */
@ApplicationScoped
public class JpaSupplyAttachments implements SupplyAttachments {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    /** For CDI. */
    protected JpaSupplyAttachments() {
    }

    /** For tests outside the container. */
    public JpaSupplyAttachments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public SupplyAttachment add(String caseNumber, String fileName, AttachmentType type, byte[] content, String uploadedBy,
            Instant at) {
        SupplyAttachmentEntity entity = new SupplyAttachmentEntity(caseNumber, fileName, type, content, uploadedBy, at);
        entityManager.persist(entity);
        entityManager.flush();
        return entity.toAttachment();
    }

    @Override
    public List<SupplyAttachment> of(String caseNumber) {
        return entities(caseNumber).stream().map(SupplyAttachmentEntity::toAttachment).toList();
    }

    @Override
    public Optional<SupplyAttachment.File> content(String caseNumber, long id) {
        return Optional.ofNullable(entityManager.find(SupplyAttachmentEntity.class, id))
                .filter(found -> found.toAttachment().caseNumber().equals(caseNumber))
                .map(SupplyAttachmentEntity::toFile);
    }

    @Override
    public boolean removePending(String caseNumber, long id) {
        Optional<SupplyAttachmentEntity> pending = Optional.ofNullable(entityManager.find(SupplyAttachmentEntity.class, id))
                .filter(found -> found.toAttachment().caseNumber().equals(caseNumber) && found.toAttachment().isPending());
        pending.ifPresent(entityManager::remove);
        entityManager.flush();
        return pending.isPresent();
    }

    @Override
    public void fileWith(String caseNumber, int versionNumber) {
        entities(caseNumber).stream().filter(entity -> entity.toAttachment().isPending())
                .forEach(entity -> entity.fileWith(versionNumber));
        entityManager.flush();
    }

    private List<SupplyAttachmentEntity> entities(String caseNumber) {
        // filed versions in order, then the pending ones (null), each oldest first
        return entityManager.createQuery("SELECT a FROM SupplyAttachmentEntity a WHERE a.caseNumber = :caseNumber ORDER BY a.id",
                SupplyAttachmentEntity.class).setParameter("caseNumber", caseNumber).getResultList().stream()
                .sorted(java.util.Comparator.comparing((SupplyAttachmentEntity entity) -> entity.toAttachment().versionNumber(),
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }
}
