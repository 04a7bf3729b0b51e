package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.submission.LastYear;
import jp.go.mhlw.kpi.domain.model.submission.Submission;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionRepository;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;

/**
 * Submissions in their tables (db/migration V14). The draft is the only thing rewritten; versions and reviews are
 * appended. Every store of an existing submission raises its row's version, so that two people changing the same
 * submission at once cannot both succeed.
 */
@ApplicationScoped
public class JpaSubmissionRepository implements SubmissionRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    /** For CDI. */
    protected JpaSubmissionRepository() {
    }

    /** For tests outside the container. */
    JpaSubmissionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Submission> findByRequest(long requestId) {
        return row(requestId).map(this::load);
    }

    @Override
    public void store(Submission submission) {
        // a query among the writes flushes what came before: the whole store can meet another's row
        ConcurrentWrites.write(() -> write(submission));
    }

    private void write(Submission submission) {
        SubmissionEntity row = row(submission.requestId()).orElse(null);
        if (row == null) {
            row = new SubmissionEntity(submission);
            entityManager.persist(row);
        } else {
            row.update(submission);
            entityManager.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Map<Integer, SubmissionVersionEntity> stored = versions(row).stream()
                .collect(Collectors.toMap(SubmissionVersionEntity::getVersionNumber, Function.identity()));
        Map<Long, SubmissionReviewEntity> reviews = reviews(row);
        for (SubmissionVersion version : submission.versions()) {
            SubmissionVersionEntity versionRow = stored.get(version.number());
            if (versionRow == null) {
                versionRow = new SubmissionVersionEntity(row, version);
                entityManager.persist(versionRow);
                entityManager.flush();
                submission.versionStored(version.storedAs(versionRow.getId()));
            }
            if (version.review().isPresent() && !reviews.containsKey(versionRow.getId())) {
                entityManager.persist(new SubmissionReviewEntity(versionRow, version.review().get()));
            }
        }
        entityManager.flush();
    }

    @Override
    public List<ApprovedVersion> approved(long cycleId, SubmissionKind kind) {
        List<SubmissionReviewEntity> approved = entityManager.createQuery(
                        "SELECT r FROM SubmissionReviewEntity r WHERE r.version.submission.cycleId = :cycle"
                                + " AND r.version.submission.kind = :kind"
                                + " AND r.decision = jp.go.mhlw.kpi.domain.model.submission.ReviewDecision.APPROVED"
                                // a correction's approved version supersedes the earlier approved ones
                                + " AND NOT EXISTS (SELECT later FROM SubmissionReviewEntity later"
                                + " WHERE later.version.submission = r.version.submission"
                                + " AND later.decision = jp.go.mhlw.kpi.domain.model.submission.ReviewDecision.APPROVED"
                                + " AND later.version.versionNumber > r.version.versionNumber)"
                                + " ORDER BY r.version.submission.organisationCode", SubmissionReviewEntity.class)
                .setParameter("cycle", cycleId)
                .setParameter("kind", kind)
                .getResultList();
        List<ApprovedVersion> versions = new ArrayList<>();
        for (SubmissionReviewEntity review : approved) {
            SubmissionVersionEntity version = review.getVersion();
            versions.add(new ApprovedVersion(version.getId(), version.getSubmission().getOrganisationCode(),
                    SubmissionJson.read(version.getContent())));
        }
        return versions;
    }

    @Override
    public Optional<PeriodNormalisation> normalisationOf(long cycleId) {
        return Optional.ofNullable(entityManager.find(FollowUpCycle.class, cycleId)).map(FollowUpCycle::normalisation);
    }

    @Override
    public Optional<LastYear> lastYear(long cycleId, String organisationCode, SubmissionKind kind) {
        FollowUpCycle cycle = entityManager.find(FollowUpCycle.class, cycleId);
        if (cycle == null) {
            return Optional.empty();
        }
        List<FollowUpCycle> previous = entityManager.createQuery(
                        "SELECT c FROM FollowUpCycle c WHERE c.plan = :plan AND c.fiscalYear = :year", FollowUpCycle.class)
                .setParameter("plan", cycle.getPlan())
                .setParameter("year", cycle.getFiscalYear().fiscalYear() - 1)
                .getResultList();
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        FollowUpCycle last = previous.get(0);
        return approved(last.getId(), kind).stream()
                .filter(version -> version.organisationCode().equals(organisationCode))
                .findFirst()
                .map(version -> new LastYear(last.normalisation(), version.content()));
    }

    private Optional<SubmissionEntity> row(long requestId) {
        return entityManager.createQuery("SELECT s FROM SubmissionEntity s WHERE s.requestId = :request",
                        SubmissionEntity.class)
                .setParameter("request", requestId)
                .getResultStream()
                .findFirst();
    }

    private List<SubmissionVersionEntity> versions(SubmissionEntity row) {
        if (row.getId() == null) {
            return List.of();
        }
        return entityManager.createQuery("SELECT v FROM SubmissionVersionEntity v WHERE v.submission = :submission"
                        + " ORDER BY v.versionNumber", SubmissionVersionEntity.class)
                .setParameter("submission", row)
                .getResultList();
    }

    private Map<Long, SubmissionReviewEntity> reviews(SubmissionEntity row) {
        if (row.getId() == null) {
            return Map.of();
        }
        return entityManager.createQuery("SELECT r FROM SubmissionReviewEntity r WHERE r.version.submission = :submission",
                        SubmissionReviewEntity.class)
                .setParameter("submission", row)
                .getResultStream()
                .collect(Collectors.toMap(review -> review.getVersion().getId(), Function.identity()));
    }

    private Submission load(SubmissionEntity row) {
        Map<Long, SubmissionReviewEntity> reviews = reviews(row);
        List<SubmissionVersion> versions = versions(row).stream()
                .map(version -> version.toVersion(Optional.ofNullable(reviews.get(version.getId()))
                        .map(SubmissionReviewEntity::toReview)))
                .toList();
        return Submission.restore(row.getRequestId(), row.getCycleId(), row.getOrganisationCode(), row.getKind(),
                Optional.ofNullable(row.getDraftContent()).map(SubmissionJson::read).orElse(null),
                row.getDraftSavedBy(), Times.instant(row.getDraftSavedAt()), versions, row.reopening());
    }
}
