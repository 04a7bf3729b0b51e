package jp.go.mhlw.kpi.application.audit;

import static jp.go.mhlw.kpi.infrastructure.persistence.SupplyCaseFixtures.additionalReport;
import static jp.go.mhlw.kpi.infrastructure.persistence.SupplyCaseFixtures.day;
import static jp.go.mhlw.kpi.infrastructure.persistence.SupplyCaseFixtures.firstReport;
import static jp.go.mhlw.kpi.infrastructure.persistence.SupplyCaseFixtures.registerDemoManufacturers;
import static jp.go.mhlw.kpi.infrastructure.persistence.SupplyCaseFixtures.terminationReport;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.Column;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.application.Callers;
import jp.go.mhlw.kpi.application.FakeReportRequests;
import jp.go.mhlw.kpi.application.FakeSupplyCaseWorkflow;
import jp.go.mhlw.kpi.application.InMemoryIdentityProvider;
import jp.go.mhlw.kpi.application.InMemoryIncidents;
import jp.go.mhlw.kpi.application.InMemorySubmissions;
import jp.go.mhlw.kpi.application.InMemoryWorkflowTasks;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.RecordingReview;
import jp.go.mhlw.kpi.application.accountrequest.AccountRequestThrottle;
import jp.go.mhlw.kpi.application.accountrequest.AccountRequests;
import jp.go.mhlw.kpi.application.accountrequest.AccountRequestsTest;
import jp.go.mhlw.kpi.application.admin.AdminWiring;
import jp.go.mhlw.kpi.application.admin.OrganisationAdministration;
import jp.go.mhlw.kpi.application.admin.OrganisationDetails;
import jp.go.mhlw.kpi.application.admin.UserAdministration;
import jp.go.mhlw.kpi.application.catalogue.CatalogueWiring;
import jp.go.mhlw.kpi.application.followup.CollectionJobs;
import jp.go.mhlw.kpi.application.followup.CollectionManagement;
import jp.go.mhlw.kpi.application.followup.CycleOpening;
import jp.go.mhlw.kpi.application.followup.FollowUpWiring;
import jp.go.mhlw.kpi.application.kpitarget.KpiTargets;
import jp.go.mhlw.kpi.application.kpitarget.KpiTargetsWiring;
import jp.go.mhlw.kpi.application.kpitarget.TargetProposal;
import jp.go.mhlw.kpi.application.notification.StepMail;
import jp.go.mhlw.kpi.application.notification.StepMailWiring;
import jp.go.mhlw.kpi.application.operations.Incidents;
import jp.go.mhlw.kpi.application.published.PrintedFigureCorrection;
import jp.go.mhlw.kpi.application.published.PrintedFigureEntry;
import jp.go.mhlw.kpi.application.published.PublishedFigures;
import jp.go.mhlw.kpi.application.published.PublishedFiguresWiring;
import jp.go.mhlw.kpi.application.report.CycleReportWiring;
import jp.go.mhlw.kpi.application.report.CycleReports;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.application.settings.SettingsAdministration;
import jp.go.mhlw.kpi.application.submission.BulkReviews;
import jp.go.mhlw.kpi.application.submission.SubmissionService;
import jp.go.mhlw.kpi.application.submission.SubmissionWiring;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.application.supply.SupplyWiring;
import jp.go.mhlw.kpi.application.tasks.TaskAssignments;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanFile;
import jp.go.mhlw.kpi.domain.imports.SurveyResponseImport;
import jp.go.mhlw.kpi.domain.imports.UploadedFile;
import jp.go.mhlw.kpi.domain.model.account.NewAccount;
import jp.go.mhlw.kpi.domain.model.account.UserAccount;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.model.audit.AuditRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetRuleKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigure;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.setting.FixedSettings;
import jp.go.mhlw.kpi.domain.model.setting.SettingKeys;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.StockAnswer;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import jp.go.mhlw.kpi.infrastructure.persistence.SupplyCaseFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write of every application service leaves exactly one audit record.
 *
 * <p>The rule: a public method of a {@code @Stateless} class in {@code jp.go.mhlw.kpi.application} (and below) is
 * a read when it carries {@link ReadOnly}, and a write otherwise. The services are found on the class path, not
 * listed here, so a service or a write method added later fails {@link #everyWriteMethodIsExercisedHere} until a
 * scenario below exercises it. Each scenario prepares what the write needs (unrecorded), then runs the write once;
 * a bulk write (one call changing many items) records one entry per item and says how many it changed.
 * {@link AuditTrail} itself is the recorder, not a service; like the report request port, it runs only inside its
 * caller's transaction (MANDATORY) and counts as part of the caller's write.
 */
class AuditCompletenessTest extends JpaTestSupport {

    private static final String SERVICES = "jp/go/mhlw/kpi/application";

    /** A prepared write: the setup may record; only what the last step (the write itself) records counts. */
    private interface Scenario {
        void run(AuditCompletenessTest test);
    }

    private static final Caller OFFICER = SupplyCaseFixtures.caller("officer1", Role.MINISTRY_OFFICER, "MHLW-KIKI");
    private static final Caller ADMIN = SupplyCaseFixtures.caller("admin1", Role.ADMIN, "MHLW-ISEI");
    private static final Caller MANUFACTURER_A = SupplyCaseFixtures.MAKER_A;
    private static final Caller MANUFACTURER_B = SupplyCaseFixtures.MAKER_B;
    private static final Caller ASSOCIATION_USER = SupplyCaseFixtures.ASSOCIATION;

    /** The follow-up cycle and requests of the submission scenarios (the report request port is a fake). */
    private static final long SUBMISSION_CYCLE = 2;
    private static final long HUB_REQUEST = 11;
    private static final long AMED_REQUEST = 13;
    private static final long SURVEY_REQUEST = 15;
    private static final long MINISTRY_REQUEST = 16;

    /** The follow-up cycle's bodies, and when its collection runs and when it is overdue (due 2025-05-31). */
    private static final List<String> TWO_HUBS = List.of("HUB-HIROSHIMA", "HUB-HOKKAIDO");
    private static final Instant COLLECTING = FollowUpWiring.NOW.plusSeconds(60);
    private static final Instant OVERDUE = Instant.parse("2025-06-02T01:00:00Z");
    /** The smallest file the attachments take for a PDF. */
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

    static {
        // ---- organisations and users
        // ---- the catalogue
        SCENARIOS.put("PlanImport.importPlan", t -> {
            PlanDefinition plan = PlanFile.read(planFile("/plans/plan-3-sample.json"), java.util.OptionalInt.empty()).plan()
                    .orElseThrow();
            t.write(() -> CatalogueWiring.planImport(t.basicPlans(), t.cycles(), t.kpiTargets(), t.organisations(), t.audit).importPlan(plan));
        });
        SCENARIOS.put("OrganisationAdministration.create", t -> t.write(() -> t.organisationAdministration().create(
                new OrganisationDetails("MAKER-AUDIT", OrganisationKind.MANUFACTURER, "監査株式会社", "Audit Co.",
                        AccountRequestsTest.NUMBER, null))));
        SCENARIOS.put("OrganisationAdministration.update", t -> {
            t.organisationAdministration().create(new OrganisationDetails("MAKER-AUDIT",
                    OrganisationKind.MANUFACTURER, "監査株式会社", "Audit Co.", AccountRequestsTest.NUMBER, null));
            t.flushAndClear();
            int version = t.organisations().findByCode("MAKER-AUDIT").orElseThrow().getVersion();
            t.write(() -> t.organisationAdministration().update("MAKER-AUDIT", version, new OrganisationDetails("MAKER-AUDIT",
                    OrganisationKind.MANUFACTURER, "改名監査株式会社", "Renamed Audit Co.", AccountRequestsTest.NUMBER, null)));
        });
        SCENARIOS.put("OrganisationAdministration.deactivate", t -> t.write(() -> t.organisationAdministration().deactivate("MAKER-A")));
        SCENARIOS.put("OrganisationAdministration.reactivate", t -> {
            t.organisationAdministration().deactivate("MAKER-A");
            t.write(() -> t.organisationAdministration().reactivate("MAKER-A"));
        });
        SCENARIOS.put("UserAdministration.invite", t -> t.write(() -> t.userAdministration().invite(
                new NewAccount("maker-a-audit", "audit@example.test", "監査", "花子", "MAKER-A", Set.of(Role.MANUFACTURER)))));
        SCENARIOS.put("UserAdministration.disable", t -> {
            UserAccount account = t.identities.add("maker-a-2", "MAKER-A", Role.MANUFACTURER);
            t.write(() -> t.userAdministration().disable(account.getId()));
        });
        SCENARIOS.put("UserAdministration.enable", t -> {
            UserAccount account = t.identities.add("maker-a-2", "MAKER-A", Role.MANUFACTURER);
            t.userAdministration().disable(account.getId());
            t.write(() -> t.userAdministration().enable(account.getId()));
        });
        SCENARIOS.put("UserAdministration.changeRoles", t -> {
            UserAccount account = t.identities.add("isei-2", "MHLW-ISEI", Role.SECRETARIAT);
            t.write(() -> t.userAdministration().changeRoles(account.getId(), Set.of(Role.SECRETARIAT, Role.MINISTRY_OFFICER)));
        });
        SCENARIOS.put("UserAdministration.resendPasswordEmail", t -> {
            UserAccount account = t.identities.add("maker-a-2", "MAKER-A", Role.MANUFACTURER);
            t.write(() -> t.userAdministration().resendPasswordEmail(account.getId()));
        });
        // ---- account requests, settings, incidents, logins
        SCENARIOS.put("AccountRequests.submit", t -> t.write(() -> t.accountRequestService(OFFICER)
                .submit(AccountRequestsTest.entry(AccountRequestsTest.NUMBER))));
        SCENARIOS.put("AccountRequests.approve", t -> {
            long id = t.accountRequestService(OFFICER).submit(AccountRequestsTest.entry(AccountRequestsTest.NUMBER)).getId();
            t.write(() -> t.accountRequestService(OFFICER).approve(id));
        });
        SCENARIOS.put("AccountRequests.reject", t -> {
            long id = t.accountRequestService(OFFICER).submit(AccountRequestsTest.entry(AccountRequestsTest.NUMBER)).getId();
            t.write(() -> t.accountRequestService(OFFICER).reject(id, "確認できませんでした"));
        });
        SCENARIOS.put("AccountRequests.createAccount", t -> {
            long id = t.accountRequestService(OFFICER).submit(AccountRequestsTest.entry(AccountRequestsTest.NUMBER)).getId();
            t.accountRequestService(OFFICER).approve(id);
            t.write(() -> t.accountRequestService(OFFICER).createAccount(id));
        });
        SCENARIOS.put("SettingsAdministration.change", t -> t.write(() -> new SettingsAdministration(t.settings(), t.audit,
                t.caller(ADMIN)).change(SettingKeys.SUPPLY_DEADLINE_TRIAGE, 0, "P10D")));
        SCENARIOS.put("Incidents.retry", t -> {
            t.incidents.add("incident-1", "1049");
            t.write(() -> new Incidents(t.incidents, t.audit).retry("incident-1"));
        });
        SCENARIOS.put("Incidents.cancel", t -> {
            t.incidents.add("incident-1", "1049");
            t.write(() -> new Incidents(t.incidents, t.audit).cancel("incident-1", "withdrawn"));
        });
        SCENARIOS.put("LoginAudit.loggedIn", t -> t.write(() -> new LoginAudit(t.audit, t.caller(OFFICER)).loggedIn()));
        // ---- printed figures and KPI targets
        SCENARIOS.put("PublishedFigures.enter", t -> t.write(() -> t.publishedFigures(t.audit).enter("PLAN-2", 2023,
                new PrintedFigureEntry("G3-JOINT-RESEARCH-AVERAGE-AMOUNT", "BASIC", FigureUnit.THOUSAND_YEN, "2,608",
                        "資料3-1 p.37", null, false))));
        SCENARIOS.put("PublishedFigures.correct", t -> {
            PublishedFigure figure = t.publishedFigures(t.audit).enter("PLAN-2", 2023, new PrintedFigureEntry(
                    "G7-INTERNATIONAL-ACTIVITY-SHARE", null, FigureUnit.PERCENT, "26.3%", "資料3-1 p.51", null, false));
            t.write(() -> t.publishedFigures(t.audit).correct(figure.getId(),
                    new PrintedFigureCorrection("62.3%", "資料3-1 p.51", null, false, "digits swapped")));
        });
        // a bulk write: one record per KPI value it adopts or refreshes
        SCENARIOS.put("PublishedFigures.adoptAsHistory", t -> t.writeEach(() -> t.publishedFigures(t.audit)
                .adoptAsHistory("PLAN-2", 2022), adoption -> adoption.getAdopted() + adoption.getRefreshed()));
        SCENARIOS.put("KpiTargets.propose", t -> t.write(() -> t.proposeTarget()));
        SCENARIOS.put("KpiTargets.adopt", t -> {
            long id = t.proposeTarget().getId();
            t.write(() -> t.targetService().adopt(id));
        });
        SCENARIOS.put("KpiTargets.withdraw", t -> {
            long id = t.proposeTarget().getId();
            t.write(() -> t.targetService().withdraw(id, "superseded"));
        });
        // ---- supply cases
        SCENARIOS.put("SupplyFilings.openWithFirstReport", t -> t.write(() -> t.supply(MANUFACTURER_A).filings()
                .openWithFirstReport(firstReport(DisruptionKind.SHORTAGE))));
        SCENARIOS.put("SupplyFilings.openWithReport", t -> t.write(() -> t.supply(MANUFACTURER_A).filings()
                .openWithReport(ReportKind.ADDITIONAL, additionalReport())));
        SCENARIOS.put("SupplyFilings.openWithDraft", t -> t.write(() -> t.supply(MANUFACTURER_A).filings()
                .openWithDraft(ReportKind.FIRST, SupplyReport.builder().productName("検討中").build())));
        SCENARIOS.put("SupplyFilings.fileReport", t -> {
            String number = t.reportedCase();
            t.write(() -> t.supply(MANUFACTURER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport()));
        });
        SCENARIOS.put("SupplyFilings.saveDraft", t -> {
            String number = t.reportedCase();
            t.write(() -> t.supply(MANUFACTURER_A).filings().saveDraft(number, ReportKind.ADDITIONAL, SupplyReport.builder().productName("作業中").build()));
        });
        SCENARIOS.put("SupplyFilings.discardDraft", t -> {
            String number = t.reportedCase();
            t.supply(MANUFACTURER_A).filings().saveDraft(number, ReportKind.ADDITIONAL, SupplyReport.builder().productName("作業中").build());
            t.write(() -> t.supply(MANUFACTURER_A).filings().discardDraft(number));
        });
        SCENARIOS.put("SupplyCaseHandling.recordTriage", t -> {
            String number = t.triageable();
            t.write(() -> t.supply(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.MEDIUM, null));
        });
        SCENARIOS.put("SupplyCaseHandling.decideFurtherAction", t -> {
            String number = t.triaged();
            t.write(() -> t.supply(OFFICER).handling().decideFurtherAction(number, true, "対応を検討されたい"));
        });
        SCENARIOS.put("SupplyFilings.decideToContinueSupply", t -> {
            String number = t.furtherActionNeeded();
            t.write(() -> t.supply(MANUFACTURER_A).filings().decideToContinueSupply(number));
        });
        SCENARIOS.put("SupplyFilings.decideToTerminateSupply", t -> {
            String number = t.furtherActionNeeded();
            t.write(() -> t.supply(MANUFACTURER_A).filings().decideToTerminateSupply(number, terminationReport()));
        });
        SCENARIOS.put("SupplyFilings.decideConsent", t -> {
            String number = t.coordinating();
            t.write(() -> t.supply(MANUFACTURER_A).filings().decideConsent(number, true));
        });
        SCENARIOS.put("SupplyCaseHandling.requestAlternativeStockData", t -> {
            String number = t.coordinating();
            t.supply(MANUFACTURER_A).filings().decideConsent(number, true);
            t.write(() -> t.supply(OFFICER).handling().requestAlternativeStockData(number, List.of("MAKER-B")));
        });
        SCENARIOS.put("SupplyFilings.answerStockRequest", t -> {
            String number = t.coordinating();
            t.supply(MANUFACTURER_A).filings().decideConsent(number, true);
            t.supply(OFFICER).handling().requestAlternativeStockData(number, List.of("MAKER-B"));
            t.write(() -> t.supply(MANUFACTURER_B).filings().answerStockRequest(number, new StockAnswer(5_000L, 800L, "増産可能")));
        });
        SCENARIOS.put("SupplyCaseHandling.requestAssociationSupport", t -> {
            String number = t.coordinating();
            t.write(() -> t.supply(OFFICER).handling().requestAssociationSupport(number, "JFMDA"));
        });
        SCENARIOS.put("AssociationSupport.recordAssociationSupport", t -> {
            String number = t.coordinating();
            t.supply(OFFICER).handling().requestAssociationSupport(number, "JFMDA");
            t.write(() -> t.supply(ASSOCIATION_USER).association().recordAssociationSupport(number, "会員企業へ情報提供"));
        });
        SCENARIOS.put("SupplyCaseHandling.recordSocietyConsultation", t -> {
            String number = t.supply(MANUFACTURER_A).filings().openWithFirstReport(firstReport(DisruptionKind.TERMINATION)).caseNumber();
            t.supply(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null);
            t.write(() -> t.supply(OFFICER).handling().recordSocietyConsultation(number, "日本医療機器学会", "代替品で対応可能"));
        });
        SCENARIOS.put("SupplyFilings.reportNoChange", t -> {
            String number = t.coordinating();
            t.supply(MANUFACTURER_A).filings().decideConsent(number, false);
            t.supply(OFFICER).handling().requestAssociationSupport(number, "JFMDA");
            t.supply(ASSOCIATION_USER).association().recordAssociationSupport(number, "会員企業へ情報提供");
            t.write(() -> t.supply(MANUFACTURER_A).filings().reportNoChange(number));
        });
        SCENARIOS.put("SupplyCaseHandling.completeReminder", t -> {
            String number = t.reportedCase();
            t.supplyWorkflow.overdue(number, SupplyStep.CHASE_OVERDUE_ADDITIONAL_REPORT);
            t.write(() -> t.supply(OFFICER).handling().completeReminder(number,
                    SupplyStep.CHASE_OVERDUE_ADDITIONAL_REPORT));
        });
        SCENARIOS.put("SupplyFilings.attach", t -> {
            String number = t.reportedCase();
            t.write(() -> t.supply(MANUFACTURER_A).filings().attach(number, "通知文.pdf", PDF));
        });
        SCENARIOS.put("SupplyFilings.removeAttachment", t -> {
            String number = t.reportedCase();
            t.supply(MANUFACTURER_A).filings().attach(number, "通知文.pdf", PDF);
            long id = t.supply(MANUFACTURER_A).queries().attachments(number).get(0).id();
            t.write(() -> t.supply(MANUFACTURER_A).filings().removeAttachment(number, id));
        });
        SCENARIOS.put("SupplyCaseHandling.publish", t -> {
            String number = t.triageable();
            t.write(() -> t.supply(OFFICER).handling().publish(number, true));
        });
        SCENARIOS.put("SupplyCaseHandling.withdrawPublication", t -> {
            String number = t.triageable();
            t.supply(OFFICER).handling().publish(number, true);
            t.write(() -> t.supply(OFFICER).handling().withdrawPublication(number));
        });
        SCENARIOS.put("SupplyCaseHandling.close", t -> {
            String number = t.triageable();
            t.supply(OFFICER).handling().recordTriage(number, ClinicalImpact.SMALL, TriageLevel.LOW, TriageLevel.LOW, null);
            t.supply(OFFICER).handling().decideFurtherAction(number, false, "経過観察");
            t.write(() -> t.supply(OFFICER).handling().close(number, CloseReason.RESOLVED));
        });
        // ---- follow-up cycles: opening, the secretariat's collection management, the collection process's jobs
        // bulk: the cycle's record and one per request it creates, so that each request's own history is whole
        SCENARIOS.put("CycleOpening.open", t -> t.writeEach(() -> t.opening().open(FollowUpWiring.r6(TWO_HUBS)),
                cycleId -> 1 + t.reportRequests().findByCycle(cycleId).size()));
        SCENARIOS.put("CycleOpening.changeSurveyDates", t -> {
            long cycleId = t.openCycle();
            t.write(() -> t.opening().changeSurveyDates(cycleId, new jp.go.mhlw.kpi.domain.model.cycle.SurveyDates(
                    LocalDate.of(2025, 1, 31), LocalDate.of(2024, 1, 31), LocalDate.of(2025, 1, 31))));
        });
        SCENARIOS.put("CollectionManagement.resend", t -> {
            long request = t.hiroshimaRequest(t.openCycle());
            t.write(() -> t.management(COLLECTING).resend(request));
        });
        SCENARIOS.put("CollectionManagement.closeRequest", t -> {
            long request = t.hiroshimaRequest(t.openCycle());
            t.write(() -> t.management(COLLECTING).closeRequest(request, "提出の見込みなし"));
        });
        SCENARIOS.put("CollectionManagement.reopenForCorrection", t -> {
            long request = t.approvedHiroshimaRequest();
            t.write(() -> t.management(COLLECTING).reopenForCorrection(request, "共同研究の件数に誤りがありました"));
        });
        // bulk: one record per request reminded
        SCENARIOS.put("CollectionManagement.remindOverdue", t -> {
            long cycleId = t.openCycle();
            t.writeEach(() -> t.management(OVERDUE).remindOverdue(cycleId), reminded -> reminded);
        });
        // bulk: one record per request reminded
        SCENARIOS.put("CollectionManagement.remindSelected", t -> {
            long cycleId = t.openCycle();
            List<Long> requests = t.reportRequests().findByCycle(cycleId).stream().map(r -> r.getId()).toList();
            t.writeEach(() -> t.management(COLLECTING).remindSelected(cycleId, requests), plan -> plan.taken().size());
        });
        // bulk: one record per request whose deadline moves
        SCENARIOS.put("CollectionManagement.extendDeadline", t -> {
            long cycleId = t.openCycle();
            List<Long> requests = t.reportRequests().findByCycle(cycleId).stream().map(r -> r.getId()).toList();
            t.writeEach(() -> {
                t.management(COLLECTING).extendDeadline(cycleId, requests, LocalDate.of(2025, 6, 30));
                return requests.size();
            }, extended -> extended);
        });
        // bulk: the cycle's record and one per request it closes
        SCENARIOS.put("CollectionManagement.closeCollection", t -> {
            long cycleId = t.openCycle();
            t.writeEach(() -> t.management(COLLECTING).closeCollection(cycleId, "期限経過"), missing -> 1 + missing.size());
        });
        SCENARIOS.put("CollectionJobs.sendRequestMail", t -> {
            long request = t.hiroshimaRequest(t.openCycle());
            t.write(() -> t.jobs(COLLECTING).sendRequestMail(request));
        });
        SCENARIOS.put("CollectionJobs.sendReminder", t -> {
            long request = t.hiroshimaRequest(t.openCycle());
            t.write(() -> t.jobs(COLLECTING).sendReminder(request));
        });
        SCENARIOS.put("StepMailJobs.send", t -> {
            t.identities.add("officer-2", "MHLW-KIKI", Role.MINISTRY_OFFICER);
            t.write(() -> StepMailWiring.jobs(t.identities, t.organisations(), t.supplyCases(), t.reportRequests(),
                    mail -> { }, t.audit).send(StepMail.TASK_REASSIGNED, "reviewSubmission", "officer-2"));
        });
        SCENARIOS.put("CollectionJobs.collectionEnded", t -> {
            long cycleId = t.openCycle();
            t.write(() -> t.jobs(OVERDUE).collectionEnded(cycleId));
        });
        SCENARIOS.put("KpiAggregationService.aggregate", t -> {
            long r5 = t.r5WithValues();
            t.write(() -> FollowUpWiring.aggregation(t.cycles(), t.basicPlans(), t.kpiValues(), t.kpiTargets(), t.audit)
                    .aggregate(r5));
        });
        // ---- the cycle report: draft, committee comments and review, publication, correction
        SCENARIOS.put("CycleReports.prepareDraft", t -> {
            long r5 = t.r5WithValues();
            t.write(() -> t.cycleReports(Callers.secretariat()).prepareDraft(r5, Map.of(4, "検討を継続した。")));
        });
        SCENARIOS.put("CycleReports.comment", t -> {
            long r5 = t.r5WithValues();
            t.cycleReports(Callers.secretariat()).prepareDraft(r5, Map.of());
            t.write(() -> t.cycleReports(Callers.committeeMember()).comment(r5, "G2-VENTURE-SHARE", "評価できる。"));
        });
        SCENARIOS.put("CycleReports.recordReview", t -> {
            long r5 = t.r5WithValues();
            t.cycleReports(Callers.secretariat()).prepareDraft(r5, Map.of());
            t.write(() -> t.cycleReports(Callers.secretariat()).recordReview(r5, LocalDate.of(2024, 3, 15), "了承"));
        });
        SCENARIOS.put("CycleReports.approvePublication", t -> {
            long r5 = t.r5WithValues();
            t.cycleReports(Callers.secretariat()).prepareDraft(r5, Map.of());
            t.cycleReports(Callers.secretariat()).recordReview(r5, LocalDate.of(2024, 3, 15), "了承");
            t.write(() -> t.cycleReports(Callers.secretariat()).approvePublication(r5));
        });
        SCENARIOS.put("CycleReports.openCorrection", t -> {
            long r5 = t.r5WithValues();
            t.cycleReports(Callers.secretariat()).prepareDraft(r5, Map.of());
            t.cycleReports(Callers.secretariat()).recordReview(r5, LocalDate.of(2024, 3, 15), "了承");
            t.cycleReports(Callers.secretariat()).approvePublication(r5);
            t.write(() -> t.cycleReports(Callers.secretariat()).openCorrection(r5, "誤記を訂正"));
        });
        // ---- typed submissions and their review (one record per action: the request's move is named in it)
        SCENARIOS.put("SubmissionService.saveDraft", t -> t.write(() -> t.submission("hub-hiroshima", Role.HUB_REPORTER,
                "HUB-HIROSHIMA").saveDraft(HUB_REQUEST, SubmissionFixtures.hubReport())));
        SCENARIOS.put("SubmissionService.submit", t -> t.write(() -> t.submission("hub-hiroshima", Role.HUB_REPORTER,
                "HUB-HIROSHIMA").submit(HUB_REQUEST, SubmissionFixtures.hubReport(), Map.of())));
        SCENARIOS.put("SubmissionService.approve", t -> {
            t.submittedHubReport();
            t.write(() -> t.submission("officer1", Role.MINISTRY_OFFICER, "MHLW-KIKI").approve(HUB_REQUEST, 1, null));
        });
        SCENARIOS.put("SubmissionService.returnForCorrection", t -> {
            t.submittedHubReport();
            t.write(() -> t.submission("officer1", Role.MINISTRY_OFFICER, "MHLW-KIKI")
                    .returnForCorrection(HUB_REQUEST, 1, "件数を確認してください。"));
        });
        // bulk: one record per version decided (each as its own approval or return)
        SCENARIOS.put("BulkReviews.approveSelected", t -> {
            t.submittedHubReport();
            t.writeEach(() -> t.bulkReviews("officer1", Role.MINISTRY_OFFICER, "MHLW-KIKI")
                    .approveSelected(SUBMISSION_CYCLE, List.of(HUB_REQUEST, AMED_REQUEST)), plan -> plan.taken().size());
        });
        SCENARIOS.put("BulkReviews.returnSelected", t -> {
            t.submittedHubReport();
            t.writeEach(() -> t.bulkReviews("officer1", Role.MINISTRY_OFFICER, "MHLW-KIKI")
                    .returnSelected(SUBMISSION_CYCLE, List.of(HUB_REQUEST, AMED_REQUEST), "件数を確認してください。"),
                    plan -> plan.taken().size());
        });
        SCENARIOS.put("SubmissionService.importThemes", t -> t.write(() -> t.submission("amed1", Role.AMED_REPORTER, "AMED")
                .importThemes(AMED_REQUEST, new UploadedFile("themes.csv", ("事業名,課題名,重点分野,採択時ステージ,現在のステージ,"
                        + "単年度予算額（千円）,採択日\n厚労・医療機器開発推進研究事業,課題A,2,1st,3rd,1000,2023-04-01\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        SCENARIOS.put("SubmissionService.importHubReport", t -> t.write(() -> t.submission("hub-hiroshima",
                Role.HUB_REPORTER, "HUB-HIROSHIMA").importHubReport(HUB_REQUEST, new UploadedFile("hub.xlsx",
                jp.go.mhlw.kpi.domain.imports.ImportTemplate.xlsx(new jp.go.mhlw.kpi.domain.imports.HubReportImport(),
                        null, jp.go.mhlw.kpi.domain.model.submission.HubReportContent.empty())))));
        SCENARIOS.put("SubmissionService.importMinistryProgress", t -> t.write(() -> t.submission("officer1",
                Role.MINISTRY_OFFICER, "MHLW-KIKI").importMinistryProgress(MINISTRY_REQUEST, new UploadedFile("progress.csv",
                "ゴール,項目,値\n8,進捗状況,説明\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        SCENARIOS.put("SubmissionService.importSurvey", t -> {
            LocalDate previous = LocalDate.of(2023, 1, 1);
            LocalDate current = LocalDate.of(2024, 1, 1);
            List<String> header = new SurveyResponseImport(previous, current).columns().stream()
                    .map(jp.go.mhlw.kpi.domain.imports.Column::headerJa).toList();
            List<String> row = new java.util.ArrayList<>(List.of("株式会社テスト", "はい", "○", "いいえ"));
            while (row.size() < header.size()) {
                row.add("いいえ");
            }
            UploadedFile file = new UploadedFile("survey.csv", (String.join(",", header) + "\n" + String.join(",", row) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            t.write(() -> t.submission("jfmda1", Role.SURVEY_REPORTER, "JFMDA").importSurvey(SURVEY_REQUEST, file, previous, current));
        });
        // ---- process tasks: who holds them (the engine's tasks are a fake)
        SCENARIOS.put("TaskAssignments.claim", t -> {
            t.workflowTasks.add("task-1", "reviewSubmission", null, "ministry-officer");
            t.write(() -> t.assignments(OFFICER).claim("task-1"));
        });
        SCENARIOS.put("TaskAssignments.release", t -> {
            t.workflowTasks.add("task-1", "reviewSubmission", "officer1", "ministry-officer");
            t.write(() -> t.assignments(OFFICER).release("task-1"));
        });
        SCENARIOS.put("TaskAssignments.reassign", t -> {
            t.workflowTasks.add("task-1", "reviewSubmission", null, "ministry-officer");
            t.write(() -> t.assignments(OFFICER).reassign("task-1", "officer2"));
        });
        SCENARIOS.put("TaskAssignments.setFollowUp", t -> {
            t.workflowTasks.add("task-1", "reviewSubmission", "officer1", "ministry-officer");
            t.write(() -> t.assignments(OFFICER).setFollowUp("task-1", java.time.LocalDate.now().plusDays(7)));
        });
    }

    private final FakeReportRequests reportRequests = new FakeReportRequests();
    private final InMemorySubmissions submissions = new InMemorySubmissions();

    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final FakeSupplyCaseWorkflow supplyWorkflow = new FakeSupplyCaseWorkflow();
    private final InMemoryIdentityProvider identities = new InMemoryIdentityProvider();
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryWorkflowTasks workflowTasks = new InMemoryWorkflowTasks();
    /** How many records the write itself left (setup records are not counted), and how many it should have. */
    private int recordedByTheWrite = -1;
    private int expectedRecords = 1;

    @BeforeEach
    void manufacturers() {
        registerDemoManufacturers(entityManager);
    }

    // ---- the rule, enforced

    @Test
    void everyWriteMethodIsExercisedHere() {
        Set<String> writes = writeMethods().keySet();

        assertThat(new TreeSet<>(writes)).as("write methods without a scenario in this test (add one, or mark a read"
                + " @ReadOnly)").isSubsetOf(SCENARIOS.keySet());
        assertThat(new TreeSet<>(SCENARIOS.keySet())).as("scenarios of methods that are no longer writes")
                .isSubsetOf(writes);
        assertThat(writes).as("the services were found").contains("UserAdministration.invite", "SupplyCaseHandling.close");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioNames")
    void eachWriteLeavesExactlyOneAuditRecord(String write) {
        SCENARIOS.get(write).run(this);

        assertThat(expectedRecords).as(write + " changed something").isPositive();
        assertThat(recordedByTheWrite).as(write + " recorded").isEqualTo(expectedRecords);
    }

    static Stream<String> scenarioNames() {
        return SCENARIOS.keySet().stream();
    }

    @Test
    void auditRecordsHaveNoUpdateOrDeletePathInTheApplication() {
        assertThat(Arrays.stream(AuditRepository.class.getMethods()).map(Method::getName).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("append", "search", "count");
        assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)).containsExactly("record");
        assertThat(Arrays.stream(AuditRecord.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set") || name.startsWith("change") || name.startsWith("update"));
        for (Field field : AuditRecord.class.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column != null) {
                assertThat(column.updatable()).as(field.getName() + " is not updatable").isFalse();
            }
        }
    }

    // ---- discovery

    /** The write methods of every service, as "Service.method". */
    static Map<String, Method> writeMethods() {
        Map<String, Method> writes = new LinkedHashMap<>();
        for (Class<?> service : services()) {
            for (Method method : service.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                        && !method.isAnnotationPresent(ReadOnly.class)) {
                    Method previous = writes.put(service.getSimpleName() + "." + method.getName(), method);
                    assertThat(previous).as("overloaded write " + method + ": give it its own name").isNull();
                }
            }
        }
        return writes;
    }

    private static List<Class<?>> services() {
        try {
            Path classes = Path.of(AuditTrail.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes.resolve(SERVICES))) {
                return files.map(classes::relativize).map(Path::toString)
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                        .map(AuditCompletenessTest::load)
                        .filter(type -> type.isAnnotationPresent(Stateless.class) && !isPartOfCallersWrite(type))
                        .sorted((a, b) -> a.getName().compareTo(b.getName()))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A service that runs only inside its caller's transaction (the audit trail itself, the report request port) is
     * part of the caller's write: the caller's scenario counts what it records.
     */
    private static boolean isPartOfCallersWrite(Class<?> type) {
        TransactionAttribute attribute = type.getAnnotation(TransactionAttribute.class);
        return attribute != null && attribute.value() == TransactionAttributeType.MANDATORY;
    }

    private static String planFile(String path) {
        try (java.io.InputStream in = AuditCompletenessTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- running a write

    /** A write that changes many items at once (an import, an adoption) records one entry per item it reports changed. */
    private <T> void writeEach(java.util.function.Supplier<T> write, java.util.function.ToIntFunction<T> changedItems) {
        int before = audit.entries.size();
        T result = write.get();
        recordedByTheWrite = audit.entries.size() - before;
        expectedRecords = changedItems.applyAsInt(result);
    }

    private void write(Runnable write) {
        int before = audit.entries.size();
        write.run();
        recordedByTheWrite = audit.entries.size() - before;
    }

    private CurrentCaller caller(Caller caller) {
        CurrentCaller current = new CurrentCaller();
        current.establish(caller);
        return current;
    }

    private TaskAssignments assignments(Caller as) {
        return new TaskAssignments(workflowTasks, audit, caller(as), (mail, reference, party) -> { });
    }

    private OrganisationAdministration organisationAdministration() {
        return AdminWiring.organisations(organisations(), programmes(), audit);
    }

    private UserAdministration userAdministration() {
        return AdminWiring.users(identities, organisations(), audit, caller(ADMIN));
    }

    private AccountRequests accountRequestService(Caller as) {
        return new AccountRequests(accountRequests(), organisations(), identities, new RecordingReview(), audit, caller(as),
                new AccountRequestThrottle(new FixedSettings().with(SettingKeys.ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR, 100),
                        Clock.systemUTC()));
    }

    private PublishedFigures publishedFigures(AuditTrail trail) {
        return PublishedFiguresWiring.publishedFigures(publishedFigures(), basicPlans(), cycles(), kpiValues(), trail,
                Callers.secretariat(), Clock.fixed(Instant.parse("2024-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo")));
    }

    private KpiTargets targetService() {
        return KpiTargetsWiring.kpiTargets(kpiTargets(), basicPlans(), cycles(), kpiValues(), audit, Callers.secretariat(),
                Clock.fixed(Instant.parse("2024-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo")));
    }

    private KpiTarget proposeTarget() {
        return targetService().propose("PLAN-2", 2022, new TargetProposal("G2-VENTURE-SHARE", null, FigureUnit.PERCENT,
                TargetRuleKind.HIGHER_THAN_PREVIOUS, null, null, null, "前年度から増加させる", "test"));
    }

    /** The supply-case services for one caller's request. */
    private SupplyWiring.SupplyServices supply(Caller as) {
        return SupplyWiring.supplyServices(supplyCases(), organisations(), audit, caller(as), supplyWorkflow,
                new jp.go.mhlw.kpi.infrastructure.persistence.JpaSupplyPublications(entityManager),
                new jp.go.mhlw.kpi.infrastructure.persistence.JpaSupplyAttachments(entityManager), auditRecords(),
                new jp.go.mhlw.kpi.application.settings.StoredSettings(settings()), Clock.fixed(day(1), ZoneOffset.UTC));
    }

    private CycleOpening opening() {
        return FollowUpWiring.opening(basicPlans(), cycles(), organisations(), reportRequests(), audit);
    }

    private long openCycle() {
        return opening().open(FollowUpWiring.r6(TWO_HUBS));
    }

    private long hiroshimaRequest(long cycleId) {
        identities.add("hub-hiroshima", "HUB-HIROSHIMA", Role.HUB_REPORTER);
        return reportRequests().findByCycle(cycleId).stream()
                .filter(request -> request.getOrganisationCode().equals("HUB-HIROSHIMA")).findFirst().orElseThrow().getId();
    }

    private CollectionManagement management(Instant now) {
        return FollowUpWiring.management(cycles(), reportRequests(), submissionRows(), Callers.secretariat(),
                audit, now);
    }

    /** Hiroshima's request of a new cycle, its first version approved. */
    private long approvedHiroshimaRequest() {
        long requestId = hiroshimaRequest(openCycle());
        jp.go.mhlw.kpi.domain.model.request.ReportRequest request = reportRequests().find(requestId).orElseThrow();
        request.submit(COLLECTING);
        request.approve(COLLECTING);
        jp.go.mhlw.kpi.domain.model.submission.Submission submission = jp.go.mhlw.kpi.domain.model.submission.Submission
                .start(requestId, request.getCycle().getId(), "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT);
        jp.go.mhlw.kpi.domain.model.submission.HubReportContent content = SubmissionFixtures.hubReport();
        submission.submit(content, new jp.go.mhlw.kpi.domain.model.submission.SubmissionValidator(
                jp.go.mhlw.kpi.domain.model.submission.ChangeThresholds.DEFAULT).validate(content, SubmissionFixtures.R5,
                java.util.Optional.empty()), Map.of(), "hub-hiroshima", COLLECTING);
        submission.review(jp.go.mhlw.kpi.domain.model.submission.ReviewDecision.APPROVED, null, "officer1", COLLECTING);
        submissionRows().store(submission);
        return requestId;
    }

    private CollectionJobs jobs(Instant now) {
        return FollowUpWiring.jobs(cycles(), reportRequests(), identities, audit, now);
    }

    private CycleReports cycleReports(CurrentCaller caller) {
        return CycleReportWiring.cycleReports(cycles(), basicPlans(), kpiValues(), kpiTargets(), cycleReports(),
                organisations(), reportRequests(), audit, caller);
    }

    /** R5 (fiscal 2023) of PLAN-2 with R4's and R5's printed figures adopted as its KPI values. */
    private long r5WithValues() {
        OffsetDateTime adopted = OffsetDateTime.parse("2024-02-01T10:00:00+09:00");
        for (int year : List.of(2022, 2023)) {
            publishedFigures().findByCycle(cycles().find("PLAN-2", JapaneseFiscalYear.of(year)).orElseThrow())
                    .forEach(figure -> kpiValues().store(figure.toKpiValue(adopted)));
        }
        return cycles().find("PLAN-2", JapaneseFiscalYear.of(2023)).orElseThrow().getId();
    }

    private SubmissionService submission(String user, Role role, String organisation) {
        if (reportRequests.requests.isEmpty()) {
            reportRequests.add(HUB_REQUEST, SUBMISSION_CYCLE, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT);
            reportRequests.add(AMED_REQUEST, SUBMISSION_CYCLE, "AMED", SubmissionKind.AMED_THEME_REPORT);
            reportRequests.add(SURVEY_REQUEST, SUBMISSION_CYCLE, "JFMDA", SubmissionKind.MEMBER_SURVEY);
            reportRequests.add(MINISTRY_REQUEST, SUBMISSION_CYCLE, "MHLW-KIKI", SubmissionKind.MINISTRY_PROGRESS_REPORT);
            submissions.periods.put(SUBMISSION_CYCLE, SubmissionFixtures.R5);
        }
        return SubmissionWiring.submissionService(submissions, reportRequests, audit,
                caller(new Caller(user, Set.of(role), java.util.Optional.of(organisation))),
                Clock.fixed(Instant.parse("2024-05-01T01:00:00Z"), ZoneOffset.UTC));
    }

    private BulkReviews bulkReviews(String user, Role role, String organisation) {
        submission(user, role, organisation); // the requests of the submission scenarios
        return SubmissionWiring.bulkReviews(submissions, reportRequests, audit,
                caller(new Caller(user, Set.of(role), java.util.Optional.of(organisation))),
                Clock.fixed(Instant.parse("2024-05-01T01:00:00Z"), ZoneOffset.UTC));
    }

    private void submittedHubReport() {
        submission("hub-hiroshima", Role.HUB_REPORTER, "HUB-HIROSHIMA").submit(HUB_REQUEST, SubmissionFixtures.hubReport(), Map.of());
    }

    private String reportedCase() {
        return supply(MANUFACTURER_A).filings().openWithFirstReport(firstReport(DisruptionKind.SHORTAGE)).caseNumber();
    }

    /** A case whose additional report awaits the ministry's triage. */
    private String triageable() {
        String number = reportedCase();
        supply(MANUFACTURER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        return number;
    }

    private String triaged() {
        String number = triageable();
        supply(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null);
        return number;
    }

    private String furtherActionNeeded() {
        String number = triaged();
        supply(OFFICER).handling().decideFurtherAction(number, true, "対応を検討されたい");
        return number;
    }

    private String coordinating() {
        String number = furtherActionNeeded();
        supply(MANUFACTURER_A).filings().decideToContinueSupply(number);
        return number;
    }
}
