package jp.go.mhlw.kpi.application.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.FakeReportRequests;
import jp.go.mhlw.kpi.application.InMemorySubmissions;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.submission.BulkReview;
import jp.go.mhlw.kpi.domain.model.submission.LastYear;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BulkReviewsTest {

    private static final long R5 = 2;
    private static final long HIROSHIMA_REQUEST = 11;
    private static final long HOKKAIDO_REQUEST = 12;
    private static final long AMED_REQUEST = 13;
    private static final long MINISTRY_REQUEST = 14;
    private static final long OTHER_CYCLE_REQUEST = 21;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T01:00:00Z"), ZoneOffset.UTC);

    private final FakeReportRequests requests = new FakeReportRequests();
    private final InMemorySubmissions submissions = new InMemorySubmissions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();

    @BeforeEach
    void requests() {
        requests.add(HIROSHIMA_REQUEST, R5, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT);
        requests.add(HOKKAIDO_REQUEST, R5, "HUB-HOKKAIDO", SubmissionKind.HUB_REPORT);
        requests.add(AMED_REQUEST, R5, "AMED", SubmissionKind.AMED_THEME_REPORT);
        requests.add(MINISTRY_REQUEST, R5, "MHLW-KIKI", SubmissionKind.MINISTRY_PROGRESS_REPORT);
        submissions.periods.put(R5, SubmissionFixtures.R5);
    }

    private static CurrentCaller caller(String user, Role role, String organisation) {
        CurrentCaller caller = new CurrentCaller();
        caller.establish(new Caller(user, Set.of(role), Optional.of(organisation)));
        return caller;
    }

    private SubmissionService as(String user, Role role, String organisation) {
        return SubmissionWiring.submissionService(submissions, requests, audit, caller(user, role, organisation), CLOCK);
    }

    private SubmissionService hiroshima() {
        return as("hub-hiroshima", Role.HUB_REPORTER, "HUB-HIROSHIMA");
    }

    private SubmissionService officer() {
        return as("officer1", Role.MINISTRY_OFFICER, "MHLW-KIKI");
    }

    private BulkReviews bulk() {
        return SubmissionWiring.bulkReviews(submissions, requests, audit,
                caller("officer1", Role.MINISTRY_OFFICER, "MHLW-KIKI"), CLOCK);
    }

    @Test
    void anOfficerApprovesTheCleanChosenSubmissionsEachAsOneDecisionAndTheOthersAreListed() {
        requests.add(OTHER_CYCLE_REQUEST, R5 + 1, "HUB-TOTTORI", SubmissionKind.HUB_REPORT);
        submissions.periods.put(R5 + 1, SubmissionFixtures.R5);
        submissions.lastYears.put(R5 + "/HUB-HOKKAIDO/HUB_REPORT",
                new LastYear(SubmissionFixtures.R4, SubmissionFixtures.hubReport(30, 140)));
        hiroshima().submit(HIROSHIMA_REQUEST, SubmissionFixtures.hubReport(), Map.of());
        as("hub-hokkaido", Role.HUB_REPORTER, "HUB-HOKKAIDO").submit(HOKKAIDO_REQUEST,
                SubmissionFixtures.hubReport(46, 70), Map.of("change:jointResearch.BASIC", "新規の包括連携協定のため"));
        officer().submit(MINISTRY_REQUEST, SubmissionFixtures.ministryReport(), Map.of());
        as("hub-tottori", Role.HUB_REPORTER, "HUB-TOTTORI").submit(OTHER_CYCLE_REQUEST, SubmissionFixtures.hubReport(),
                Map.of());
        int recordedBefore = audit.entries.size();
        List<String> callsBefore = List.copyOf(requests.calls);
        List<Long> chosen = List.of(HIROSHIMA_REQUEST, HOKKAIDO_REQUEST, AMED_REQUEST, MINISTRY_REQUEST,
                OTHER_CYCLE_REQUEST, 999L);

        BulkReview.Plan preview = bulk().planApproval(R5, chosen);
        assertThat(audit.entries).as("the preview decides nothing").hasSize(recordedBefore);
        BulkReview.Plan done = bulk().approveSelected(R5, chosen);

        assertThat(done).isEqualTo(preview);
        assertThat(done.taken()).extracting(BulkReview.Taken::requestId).containsExactly(HIROSHIMA_REQUEST);
        assertThat(done.skipped()).extracting(BulkReview.Skipped::requestId, BulkReview.Skipped::reason)
                .containsExactly(
                        tuple(HOKKAIDO_REQUEST, BulkReview.SkipReason.HAS_WARNINGS),
                        tuple(AMED_REQUEST, BulkReview.SkipReason.NOT_AWAITING_REVIEW),
                        tuple(MINISTRY_REQUEST, BulkReview.SkipReason.OWN_REPORT),
                        tuple(OTHER_CYCLE_REQUEST, BulkReview.SkipReason.NOT_IN_CYCLE),
                        tuple(999L, BulkReview.SkipReason.NOT_IN_CYCLE));
        assertThat(requests.state(HIROSHIMA_REQUEST)).isEqualTo(RequestState.APPROVED);
        assertThat(requests.state(HOKKAIDO_REQUEST)).isEqualTo(RequestState.SUBMITTED);
        // through the same port as a single approval (the review task ends), with one record of its own
        assertThat(requests.calls.subList(callsBefore.size(), requests.calls.size())).containsExactly("approved 11");
        assertThat(audit.entries.subList(recordedBefore, audit.entries.size())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("submission.approved");
            assertThat(entry.objectId()).isEqualTo("11");
            assertThat(entry.summary()).contains("一括");
        });
        assertThat(officer().openForReview(HIROSHIMA_REQUEST).submission().latestVersion().orElseThrow().isApproved())
                .isTrue();
    }

    @Test
    void anOfficerReturnsTheChosenSubmissionsWithOneCommentEachOnItsOwn() {
        hiroshima().submit(HIROSHIMA_REQUEST, SubmissionFixtures.hubReport(), Map.of());
        as("hub-hokkaido", Role.HUB_REPORTER, "HUB-HOKKAIDO").submit(HOKKAIDO_REQUEST, SubmissionFixtures.hubReport(),
                Map.of());
        int recordedBefore = audit.entries.size();
        assertThatThrownBy(() -> bulk().returnSelected(R5, List.of(HIROSHIMA_REQUEST), " "))
                .isInstanceOf(SubmissionException.NotAllowed.class);

        BulkReview.Plan done = bulk().returnSelected(R5, List.of(HIROSHIMA_REQUEST, HOKKAIDO_REQUEST, AMED_REQUEST),
                "記入要領の改訂に合わせて再提出してください。");

        assertThat(done.taken()).extracting(BulkReview.Taken::requestId).containsExactly(HIROSHIMA_REQUEST,
                HOKKAIDO_REQUEST);
        assertThat(done.skipped()).extracting(BulkReview.Skipped::requestId).containsExactly(AMED_REQUEST);
        assertThat(requests.calls).contains("returned 11 記入要領の改訂に合わせて再提出してください。",
                "returned 12 記入要領の改訂に合わせて再提出してください。");
        assertThat(audit.entries.subList(recordedBefore, audit.entries.size()))
                .extracting(entry -> entry.action() + " " + entry.objectId())
                .containsExactly("submission.returned 11", "submission.returned 12");
        assertThat(hiroshima().openForm(HIROSHIMA_REQUEST).submission().latestVersion().orElseThrow().review()
                .orElseThrow().comment()).isEqualTo("記入要領の改訂に合わせて再提出してください。");
    }

    @Test
    void onlyMinistryOfficersDecideInBulkAndThePlansDecideNothing() {
        List<Method> methods = Arrays.stream(BulkReviews.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers())).toList();
        assertThat(methods).extracting(Method::getName).containsExactlyInAnyOrder("planApproval", "planReturn",
                "approveSelected", "returnSelected");
        assertThat(methods).allSatisfy(method -> assertThat(method.getAnnotation(RolesAllowed.class).value())
                .as(method.getName()).containsExactly(Role.Names.MINISTRY_OFFICER));
        assertThat(methods).filteredOn(method -> method.isAnnotationPresent(ReadOnly.class)).extracting(Method::getName)
                .containsExactlyInAnyOrder("planApproval", "planReturn");
    }
}
