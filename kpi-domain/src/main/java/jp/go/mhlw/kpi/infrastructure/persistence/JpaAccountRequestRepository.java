package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.accountrequest.AccountRequest;
import jp.go.mhlw.kpi.domain.model.accountrequest.AccountRequestRepository;
import jp.go.mhlw.kpi.domain.model.accountrequest.AccountRequestStatus;

@ApplicationScoped
public class JpaAccountRequestRepository implements AccountRequestRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    JpaAccountRequestRepository() {
        // for CDI
    }

    JpaAccountRequestRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<AccountRequest> find(long id) {
        return Optional.ofNullable(entityManager.find(AccountRequest.class, id));
    }

    @Override
    public List<AccountRequest> findAll() {
        return entityManager.createQuery("select r from AccountRequest r order by r.submittedAt desc, r.id desc",
                AccountRequest.class).getResultList();
    }

    @Override
    public List<AccountRequest> findByCorporateNumber(String corporateNumber, AccountRequestStatus status) {
        return entityManager.createQuery("select r from AccountRequest r where r.corporateNumber = :number"
                        + " and r.status = :status order by r.id", AccountRequest.class)
                .setParameter("number", corporateNumber)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public long countByStatus(AccountRequestStatus status) {
        return entityManager.createQuery("select count(r) from AccountRequest r where r.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    @Override
    public void store(AccountRequest request) {
        if (request.getId() == null) {
            entityManager.persist(request);
        }
    }
}
