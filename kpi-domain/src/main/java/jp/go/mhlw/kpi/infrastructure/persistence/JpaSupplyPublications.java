package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.application.supply.SupplyPublications;

/** The public list of supply cases in its table (db/migration V21). */
@ApplicationScoped
public class JpaSupplyPublications implements SupplyPublications {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    /** For CDI. */
    protected JpaSupplyPublications() {
    }

    /** For tests outside the container. */
    public JpaSupplyPublications(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void publish(String caseNumber, boolean showMaker, String publishedBy, Instant at) {
        SupplyPublicationEntity existing = entityManager.find(SupplyPublicationEntity.class, caseNumber);
        if (existing == null) {
            entityManager.persist(new SupplyPublicationEntity(caseNumber, showMaker, publishedBy, at));
        } else {
            existing.republish(showMaker, publishedBy, at);
        }
        entityManager.flush();
    }

    @Override
    public boolean withdraw(String caseNumber) {
        SupplyPublicationEntity existing = entityManager.find(SupplyPublicationEntity.class, caseNumber);
        if (existing == null) {
            return false;
        }
        entityManager.remove(existing);
        entityManager.flush();
        return true;
    }

    @Override
    public Optional<Boolean> showsMaker(String caseNumber) {
        return Optional.ofNullable(entityManager.find(SupplyPublicationEntity.class, caseNumber))
                .map(SupplyPublicationEntity::showMaker);
    }

    @Override
    public Map<String, Boolean> all() {
        Map<String, Boolean> published = new LinkedHashMap<>();
        entityManager.createQuery("SELECT p FROM SupplyPublicationEntity p ORDER BY p.publishedAt, p.caseNumber",
                SupplyPublicationEntity.class).getResultList()
                .forEach(publication -> published.put(publication.caseNumber(), publication.showMaker()));
        return published;
    }
}
