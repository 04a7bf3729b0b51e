package jp.go.mhlw.kpi.application.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.FakeReportRequests;
import jp.go.mhlw.kpi.application.InMemorySubmissions;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions.Approved;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.computation.HubReport;
import jp.go.mhlw.kpi.domain.imports.AmedThemeImport;
import jp.go.mhlw.kpi.domain.imports.FilledFrom;
import jp.go.mhlw.kpi.domain.imports.HubReportImport;
import jp.go.mhlw.kpi.domain.imports.ImportTemplate;
import jp.go.mhlw.kpi.domain.imports.UploadedFile;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.submission.AmedThemeContent;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.LastYear;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.model.submission.ReviewDecision;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;
import jp.go.mhlw.kpi.domain.model.submission.ValidationWarning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubmissionServiceTest {

    private static final long R5 = 2;
    private static final long HIROSHIMA_REQUEST = 11;
    private static final long HOKKAIDO_REQUEST = 12;
    private static final long AMED_REQUEST = 13;
    private static final long MINISTRY_REQUEST = 14;

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

    private SubmissionService as(String user, Role role, String organisation) {
        SubmissionService service = new SubmissionService();
        service.submissions = submissions;
        service.requests = requests;
        service.auditTrail = audit;
        service.thresholds = new SubmissionThresholds();
        service.clock = Clock.fixed(Instant.parse("2024-05-01T01:00:00Z"), ZoneOffset.UTC);
        CurrentCaller caller = new CurrentCaller();
        caller.establish(new Caller(user, Set.of(role), Optional.of(organisation)));
        service.currentCaller = caller;
        return service;
    }

    private SubmissionService hiroshima() {
        return as("hub-hiroshima", Role.HUB_REPORTER, "HUB-HIROSHIMA");
    }

    private SubmissionService officer() {
        return as("officer1", Role.MINISTRY_OFFICER, "MHLW-KIKI");
    }

    @Test
    void aHubFillsInSubmitsIsReturnedResubmitsAndIsApproved() {
        SubmissionService.SubmissionView saved = hiroshima().saveDraft(HIROSHIMA_REQUEST, HubReportContent.empty());
        assertThat(requests.state(HIROSHIMA_REQUEST)).isEqualTo(RequestState.DRAFT);
        assertThat(saved.request().state()).as("the view shows the request as it now stands").isEqualTo(RequestState.DRAFT);

        SubmissionVersion first = hiroshima().submit(HIROSHIMA_REQUEST, SubmissionFixtures.hubReport(44, 70), Map.of());
        assertThat(first.number()).isEqualTo(1);
        assertThat(requests.state(HIROSHIMA_REQUEST)).isEqualTo(RequestState.SUBMITTED);
        assertThatThrownBy(() -> hiroshima().saveDraft(HIROSHIMA_REQUEST, SubmissionFixtures.hubReport()))
                .isInstanceOf(SubmissionException.NotAllowed.class).hasMessage("This report is under review and cannot be changed now.");

        officer().returnForCorrection(HIROSHIMA_REQUEST, 1, "臨床研究の件数を確認してください。");
        assertThat(requests.state(HIROSHIMA_REQUEST)).isEqualTo(RequestState.RETURNED);
        SubmissionVersion second = hiroshima().submit(HIROSHIMA_REQUEST, SubmissionFixtures.hubReport(45, 70), Map.of());
        assertThat(second.number()).isEqualTo(2);
        officer().approve(HIROSHIMA_REQUEST, 2, null);

        assertThat(requests.state(HIROSHIMA_REQUEST)).isEqualTo(RequestState.APPROVED);
        assertThat(requests.calls).containsExactly("draftSaved 11", "submitted 11",
                "returned 11 臨床研究の件数を確認してください。", "submitted 11", "approved 11");
        assertThat(audit.actions()).containsExactly("submission.draft-saved", "submission.submitted",
                "submission.returned", "submission.submitted", "submission.approved");
        assertThat(audit.entries).allSatisfy(entry -> {
            assertThat(entry.objectType()).isEqualTo("submission");
            assertThat(entry.objectId()).isEqualTo("11");
            assertThat(entry.objectOrganisation()).isEqualTo("HUB-HIROSHIMA");
        });
        // the one record per action also names the request's move (the port records nothing itself)
        assertThat(audit.entries).extracting(entry -> entry.before() + " -> " + entry.after()).containsExactly(
                "{\"state\":\"NOT_STARTED\"} -> {\"state\":\"DRAFT\"}",
                "{\"state\":\"DRAFT\"} -> {\"state\":\"SUBMITTED\"}",
                "{\"state\":\"SUBMITTED\"} -> {\"state\":\"RETURNED\"}",
                "{\"state\":\"RETURNED\"} -> {\"state\":\"SUBMITTED\"}",
                "{\"state\":\"SUBMITTED\"} -> {\"state\":\"APPROVED\"}");
        assertThat(audit.entries.get(2).summary()).contains("依頼 SUBMITTED → RETURNED", "臨床研究の件数を確認してください。");
        List<SubmissionVersion> versions = officer().openForReview(HIROSHIMA_REQUEST).submission().versions();
        assertThat(versions).extracting(version -> version.review().orElseThrow().decision())
                .containsExactly(ReviewDecision.RETURNED, ReviewDecision.APPROVED);
        assertThat(versions.get(0).content()).isEqualTo(SubmissionFixtures.hubReport(44, 70));
        assertThatThrownBy(() -> hiroshima().submit(HIROSHIMA_REQUEST, SubmissionFixtures.hubReport(), Map.of()))
                .isInstanceOf(SubmissionException.NotAllowed.class).hasMessageContaining("approved");
    }

    @Test
    void eachReporterListsOnlyItsOrganisationsRequestsOfItsTemplate() {
        assertThat(hiroshima().myRequests()).extracting(ReportRequestInfo::requestId).containsExactly(HIROSHIMA_REQUEST);
        assertThat(as("amed1", Role.AMED_REPORTER, "AMED").myRequests()).extracting(ReportRequestInfo::requestId)
                .containsExactly(AMED_REQUEST);
        // a hub reporter registered with AMED's code still gets no AMED request: the template is the role's
        assertThat(as("hub-amed", Role.HUB_REPORTER, "AMED").myRequests()).isEmpty();
        assertThat(officer().myRequests()).extracting(ReportRequestInfo::requestId).containsExactly(MINISTRY_REQUEST);
        assertThat(as("nobody", Role.HUB_REPORTER, "").myRequests()).isEmpty();
    }

    @Test
    void theRequestsComeAPageAtATimeOfTheReportersTemplateOnly() {
        requests.add(31, R5 + 1, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT);
        requests.add(32, R5 + 2, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT);
        // the same body asked for a survey: not the hub reporter's to list
        requests.add(33, R5 + 2, "HUB-HIROSHIMA", SubmissionKind.MEMBER_SURVEY);

        assertThat(hiroshima().myRequests(0, 2)).extracting(ReportRequestInfo::requestId).containsExactly(32L, 31L);
        assertThat(hiroshima().myRequests(2, 2)).extracting(ReportRequestInfo::requestId)
                .containsExactly(HIROSHIMA_REQUEST);
        assertThat(hiroshima().countMyRequests()).isEqualTo(3);
        assertThat(as("survey", Role.SURVEY_REPORTER, "HUB-HIROSHIMA").myRequests(0, 10))
                .extracting(ReportRequestInfo::requestId).containsExactly(33L);
        assertThat(as("nobody", Role.HUB_REPORTER, "").countMyRequests()).isZero();
        assertThatThrownBy(() -> hiroshima().myRequests(0, SubmissionService.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherHubsRequestIsNotFoundAndNothingIsRecorded() {
        SubmissionService hokkaido = as("hub-hokkaido", Role.HUB_REPORTER, "HUB-HOKKAIDO");
        assertThatThrownBy(() -> hokkaido.openForm(HIROSHIMA_REQUEST)).isInstanceOf(SubmissionException.NotFound.class);
        assertThatThrownBy(() -> hokkaido.saveDraft(HIROSHIMA_REQUEST, HubReportContent.empty()))
                .isInstanceOf(SubmissionException.NotFound.class);
        assertThatThrownBy(() -> hokkaido.submit(HIROSHIMA_REQUEST, SubmissionFixtures.hubReport(), Map.of()))
                .isInstanceOf(SubmissionException.NotFound.class);
        assertThatThrownBy(() -> hokkaido.openForm(999)).isInstanceOf(SubmissionException.NotFound.class)
                .hasMessage("There is no report request 999 for you");
        assertThat(hokkaido.openForm(HOKKAIDO_REQUEST).isEditable()).isTrue();
        assertThat(audit.entries).isEmpty();
        assertThat(requests.calls).isEmpty();
    }

    @Test
    void theTemplateMustMatchTheRole() {
        // an AMED reporter of a hub's organisation code still cannot fill in a hub report, nor a hub the theme list
        assertThatThrownBy(() -> as("amed1", Role.AMED_REPORTER, "HUB-HIROSHIMA").openForm(HIROSHIMA_REQUEST))
                .isInstanceOf(SubmissionException.NotFound.class);
        assertThatThrownBy(() -> as("hub-amed", Role.HUB_REPORTER, "AMED").openForm(AMED_REQUEST))
                .isInstanceOf(SubmissionException.NotFound.class);
        assertThat(as("amed1", Role.AMED_REPORTER, "AMED").openForm(AMED_REQUEST).submission().kind())
                .isEqualTo(SubmissionKind.AMED_THEME_REPORT);
        assertThat(officer().openForm(MINISTRY_REQUEST).submission().kind())
                .isEqualTo(SubmissionKind.MINISTRY_PROGRESS_REPORT);
        assertThatThrownBy(() -> hiroshima().saveDraft(HIROSHIMA_REQUEST, SubmissionFixtures.themes()))
                .isInstanceOf(SubmissionException.NotAllowed.class)
                .hasMessage("Request " + HIROSHIMA_REQUEST + " asks for HUB_REPORT, not AMED_THEME_REPORT.");
    }

    @Test
    void errorsBlockTheSubmitWithNothingStored() {
        SubmissionException.Rejected rejected = (SubmissionException.Rejected) org.assertj.core.api.Assertions
                .catchThrowable(() -> hiroshima().submit(HIROSHIMA_REQUEST, HubReportContent.empty(), Map.of()));
        assertThat(rejected.validation().errors()).hasSize(6);
        assertThat(submissions.byRequest).isEmpty();
        assertThat(audit.entries).isEmpty();
        assertThat(requests.state(HIROSHIMA_REQUEST)).isEqualTo(RequestState.NOT_STARTED);
    }

    @Test
    void warningsNeedAJustificationWhichIsKeptForTheReviewer() {
        submissions.lastYears.put(R5 + "/HUB-HIROSHIMA/HUB_REPORT",
                new LastYear(SubmissionFixtures.R4, SubmissionFixtures.hubReport(30, 140)));
        HubReportContent tripled = SubmissionFixtures.hubReport(46, 70);
        List<ValidationWarning> warnings = hiroshima().check(HIROSHIMA_REQUEST, tripled).warnings();
        assertThat(warnings).extracting(ValidationWarning::key).containsExactly("change:jointResearch.BASIC");

        SubmissionException.Rejected rejected = (SubmissionException.Rejected) org.assertj.core.api.Assertions
                .catchThrowable(() -> hiroshima().submit(HIROSHIMA_REQUEST, tripled, Map.of("change:jointResearch.BASIC", " ")));
        assertThat(rejected.validation().errors()).isEmpty();
        assertThat(rejected.unjustified()).extracting(ValidationWarning::field).containsExactly("jointResearch.BASIC.cases");

        SubmissionVersion version = hiroshima().submit(HIROSHIMA_REQUEST, tripled,
                Map.of("change:jointResearch.BASIC", "新たに企業3社と包括連携協定を締結したため", "unrelated", "x"));
        assertThat(version.warnings()).hasSize(1);
        assertThat(version.justifications()).containsExactly(
                Map.entry("change:jointResearch.BASIC", "新たに企業3社と包括連携協定を締結したため"));
        assertThat(officer().openForReview(HIROSHIMA_REQUEST).submission().latestVersion().orElseThrow()
                .justifications()).containsKey("change:jointResearch.BASIC");
    }

    @Test
    void returningNeedsACommentAndTheVersionTheOfficerSaw() {
        hiroshima().submit(HIROSHIMA_REQUEST, SubmissionFixtures.hubReport(), Map.of());
        assertThatThrownBy(() -> officer().returnForCorrection(HIROSHIMA_REQUEST, 1, "  "))
                .isInstanceOf(SubmissionException.NotAllowed.class);
        assertThatThrownBy(() -> officer().approve(HIROSHIMA_REQUEST, 2, null))
                .isInstanceOf(SubmissionException.NotAllowed.class).hasMessageContaining("Reload");
        assertThat(audit.actions()).containsExactly("submission.submitted");
        assertThat(requests.state(HIROSHIMA_REQUEST)).isEqualTo(RequestState.SUBMITTED);
    }

    @Test
    void anOfficerCannotReviewTheProgressReportTheySubmitted() {
        officer().submit(MINISTRY_REQUEST, SubmissionFixtures.ministryReport(), Map.of());
        assertThatThrownBy(() -> officer().approve(MINISTRY_REQUEST, 1, null))
                .isInstanceOf(SubmissionException.NotAllowed.class)
                .hasMessage("You cannot review a report you submitted yourself.");
        as("officer2", Role.MINISTRY_OFFICER, "MHLW-ISEI").approve(MINISTRY_REQUEST, 1, "確認しました");
        assertThat(requests.state(MINISTRY_REQUEST)).isEqualTo(RequestState.APPROVED);
    }

    @Test
    void aThemeListIsTakenIntoTheDraftWholeOrNotAtAll() {
        SubmissionService amed = as("amed1", Role.AMED_REPORTER, "AMED");
        String header = "事業名,課題名,重点分野,採択時ステージ,現在のステージ,単年度予算額（千円）,採択日\n";
        UploadedFile bad = csv(header + "厚労・医療機器開発推進研究事業,課題A,9,1st,3rd,1000,2023-04-01\n");
        SubmissionException.FileRejected refused = (SubmissionException.FileRejected) org.assertj.core.api.Assertions
                .catchThrowable(() -> amed.importThemes(AMED_REQUEST, bad));
        assertThat(refused.problems()).isNotEmpty();
        assertThat(refused.problems().get(0).row()).isEqualTo(2);
        assertThat(submissions.byRequest).isEmpty();

        UploadedFile good = csv(header + "厚労・医療機器開発推進研究事業,課題A,2,1st,3rd,1000,2023-04-01\n"
                + "経産・医工連携イノベーション推進事業,課題B,無/複数,2nd,上市,2000,2022-04-01\n");
        AmedThemeContent draft = (AmedThemeContent) amed.importThemes(AMED_REQUEST, good).submission().draft().orElseThrow();
        assertThat(draft.themes()).hasSize(2);
        assertThat(audit.actions()).containsExactly("submission.file-imported");
        assertThat(requests.state(AMED_REQUEST)).isEqualTo(RequestState.DRAFT);
    }

    @Test
    void theHubsWorkbookIsFilledWithLastYearsApprovedReportThenWithTheDraft() {
        assertThat(hiroshima().filledWorkbook(HIROSHIMA_REQUEST, null, null).filledFrom())
                .as("nothing approved last year, no draft").isEqualTo(FilledFrom.NOTHING);
        HubReportContent lastYear = SubmissionFixtures.hubReport(30, 140);
        submissions.lastYears.put(R5 + "/HUB-HIROSHIMA/HUB_REPORT", new LastYear(SubmissionFixtures.R4, lastYear));

        SubmissionService.FilledWorkbook fromLastYear = hiroshima().filledWorkbook(HIROSHIMA_REQUEST, null, null);
        assertThat(fromLastYear.filledFrom()).isEqualTo(FilledFrom.LAST_YEAR);
        assertThat(fromLastYear.fileName()).isEqualTo("hub-report-11.xlsx");
        assertThat(new HubReportImport().read(new UploadedFile("hub.xlsx", fromLastYear.content())).records())
                .containsExactly(lastYear);

        hiroshima().saveDraft(HIROSHIMA_REQUEST, SubmissionFixtures.hubReport(44, 70));
        SubmissionService.FilledWorkbook fromDraft = hiroshima().filledWorkbook(HIROSHIMA_REQUEST, null, null);
        assertThat(fromDraft.filledFrom()).isEqualTo(FilledFrom.DRAFT);
        assertThat(new HubReportImport().read(new UploadedFile("hub.xlsx", fromDraft.content())).records())
                .containsExactly(SubmissionFixtures.hubReport(44, 70));
        assertThat(audit.actions()).as("a download changes nothing").containsExactly("submission.draft-saved");

        assertThatThrownBy(() -> as("hub-hokkaido", Role.HUB_REPORTER, "HUB-HOKKAIDO")
                .filledWorkbook(HIROSHIMA_REQUEST, null, null)).isInstanceOf(SubmissionException.NotFound.class);
    }

    @Test
    void theThemeListsWorkbookHoldsLastYearsApprovedThemes() {
        submissions.lastYears.put(R5 + "/AMED/AMED_THEME_REPORT",
                new LastYear(SubmissionFixtures.R4, SubmissionFixtures.themes()));

        byte[] workbook = as("amed1", Role.AMED_REPORTER, "AMED").filledWorkbook(AMED_REQUEST, null, null).content();

        assertThat(AmedThemeContent.of(new AmedThemeImport(LocalDate.of(2024, 5, 1))
                .read(new UploadedFile("themes.xlsx", workbook)).records()))
                .isEqualTo(SubmissionFixtures.themes());
    }

    @Test
    void aHubWorkbookReplacesTheDraftWholeOrNotAtAll() {
        hiroshima().saveDraft(HIROSHIMA_REQUEST, SubmissionFixtures.hubReport(44, 70));
        HubReportContent uploaded = SubmissionFixtures.hubReport(12, 3);
        byte[] good = ImportTemplate.xlsx(new HubReportImport(), null, uploaded);
        UploadedFile badFile = new UploadedFile("hub.csv", "段階,件数\n基礎研究,-1\n".getBytes(StandardCharsets.UTF_8));

        SubmissionException.FileRejected refused = (SubmissionException.FileRejected) org.assertj.core.api.Assertions
                .catchThrowable(() -> hiroshima().importHubReport(HIROSHIMA_REQUEST, badFile));
        assertThat(refused.problems()).isNotEmpty();
        assertThat(hiroshima().openForm(HIROSHIMA_REQUEST).submission().draft()).as("the draft as it was")
                .contains(SubmissionFixtures.hubReport(44, 70));
        assertThatThrownBy(() -> as("hub-hokkaido", Role.HUB_REPORTER, "HUB-HOKKAIDO")
                .importHubReport(HIROSHIMA_REQUEST, new UploadedFile("hub.xlsx", good)))
                .isInstanceOf(SubmissionException.NotFound.class);

        SubmissionService.SubmissionView view = hiroshima().importHubReport(HIROSHIMA_REQUEST,
                new UploadedFile("拠点報告.xlsx", good));
        assertThat(view.submission().draft()).contains(uploaded);
        assertThat(audit.actions()).containsExactly("submission.draft-saved", "submission.workbook-imported");
        assertThat(audit.entries.get(1).summary()).contains("拠点報告.xlsx", "研修2件");
    }

    @Test
    void aDivisionDownloadsItsProgressReportAndUploadsItIntoTheDraft() {
        officer().saveDraft(MINISTRY_REQUEST, SubmissionFixtures.ministryReport());
        SubmissionService.FilledWorkbook workbook = officer().filledWorkbook(MINISTRY_REQUEST, null, null);
        assertThat(workbook.filledFrom()).isEqualTo(FilledFrom.DRAFT);
        assertThat(workbook.fileName()).isEqualTo("ministry-progress-14.xlsx");

        SubmissionService.SubmissionView view = officer().importMinistryProgress(MINISTRY_REQUEST,
                new UploadedFile("progress.xlsx", workbook.content()));

        MinistryProgressContent draft = (MinistryProgressContent) view.submission().draft().orElseThrow();
        assertThat(draft.goal(8).orElseThrow().narrative()).isEqualTo("デバイス・ラグは解消に向かっている。");
        assertThat(draft.goal(8).orElseThrow().figure(ProgressFigure.SAMD_CONSULTATIONS)).isEqualByComparingTo("216");
        assertThat(audit.actions()).containsExactly("submission.draft-saved", "submission.workbook-imported");
        assertThatThrownBy(() -> officer().importMinistryProgress(MINISTRY_REQUEST, csv("ゴール,項目,値\n7,進捗状況,x\n")))
                .isInstanceOf(SubmissionException.FileRejected.class);
        assertThat(audit.actions()).hasSize(2);
    }

    @Test
    void theApprovedVersionsReachTheAggregationAsComputationTypes() {
        hiroshima().submit(HIROSHIMA_REQUEST, SubmissionFixtures.hubReport(), Map.of());
        as("hub-hokkaido", Role.HUB_REPORTER, "HUB-HOKKAIDO").submit(HOKKAIDO_REQUEST, SubmissionFixtures.hubReport(),
                Map.of());
        officer().approve(HIROSHIMA_REQUEST, 1, null);

        StoredApprovedSubmissions approved = new StoredApprovedSubmissions();
        approved.submissions = submissions;
        approved.organisations = new jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository() {
            public Optional<jp.go.mhlw.kpi.domain.model.organisation.Organisation> findByCode(String code) {
                return Optional.of(new jp.go.mhlw.kpi.domain.model.organisation.Organisation(code,
                        jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind.HUB, "広島大学", "Hiroshima University"));
            }
            public List<jp.go.mhlw.kpi.domain.model.organisation.Organisation> findByCodes(
                    java.util.Collection<String> codes) {
                return codes.stream().map(this::findByCode).map(Optional::orElseThrow).toList();
            }
            public List<jp.go.mhlw.kpi.domain.model.organisation.Organisation> findAllActive() { return List.of(); }
            public List<jp.go.mhlw.kpi.domain.model.organisation.Organisation> findAll() { return List.of(); }
            public List<jp.go.mhlw.kpi.domain.model.organisation.Organisation> findByCorporateNumber(String n) { return List.of(); }
            public List<jp.go.mhlw.kpi.domain.model.organisation.Organisation> list(
                    jp.go.mhlw.kpi.domain.model.organisation.OrganisationListing listing, int first, int max) {
                return List.of();
            }
            public long count(jp.go.mhlw.kpi.domain.model.organisation.OrganisationListing listing) { return 0; }
            public void store(jp.go.mhlw.kpi.domain.model.organisation.Organisation organisation) { }
        };
        List<Approved<HubReport>> reports = approved.hubReports(R5);
        SubmissionVersion version = submissions.byRequest.get(HIROSHIMA_REQUEST).approvedVersion().orElseThrow();
        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.organisationCode()).isEqualTo("HUB-HIROSHIMA");
            assertThat(report.source()).isEqualTo(SubmissionReference.of(SubmissionKind.HUB_REPORT, version.id()));
            assertThat(report.data()).isEqualTo(SubmissionFixtures.hubReport().toHubReport("広島大学"));
        });
        assertThat(approved.trainingCourses(R5).get(0).data()).hasSize(2);
        assertThat(approved.amedThemes(R5)).isEmpty();
    }

    private static UploadedFile csv(String text) {
        return new UploadedFile("themes.csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
