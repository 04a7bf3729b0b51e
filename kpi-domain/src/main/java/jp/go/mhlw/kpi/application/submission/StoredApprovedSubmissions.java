package jp.go.mhlw.kpi.application.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BiFunction;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.HubReport;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.computation.TrainingCourse;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.submission.AmedThemeContent;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.MemberSurveyContent;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionRepository;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionRepository.ApprovedVersion;

/**
 * The approved submissions of a cycle, converted to the computation types. Each item names the approved version
 * (its id) as the submission behind the KPI values computed from it. Called by the aggregation (the process engine's
 * job, in its transaction): no roles here.
 */
@ApplicationScoped
public class StoredApprovedSubmissions implements ApprovedSubmissions {

    @Inject
    SubmissionRepository submissions;

    @Inject
    OrganisationRepository organisations;

    @Override
    public List<Approved<HubReport>> hubReports(long cycleId) {
        return approved(cycleId, SubmissionKind.HUB_REPORT,
                (organisationCode, content) -> ((HubReportContent) content).toHubReport(hubName(organisationCode)));
    }

    @Override
    public List<Approved<List<TrainingCourse>>> trainingCourses(long cycleId) {
        return approved(cycleId, SubmissionKind.HUB_REPORT,
                (organisationCode, content) -> ((HubReportContent) content).toTrainingCourses());
    }

    @Override
    public List<Approved<List<AmedTheme>>> amedThemes(long cycleId) {
        return approved(cycleId, SubmissionKind.AMED_THEME_REPORT,
                (organisationCode, content) -> ((AmedThemeContent) content).toAmedThemes());
    }

    @Override
    public List<Approved<List<SurveyResponse>>> surveyResponses(long cycleId) {
        return approved(cycleId, SubmissionKind.MEMBER_SURVEY,
                (organisationCode, content) -> ((MemberSurveyContent) content).toSurveyResponses());
    }

    @Override
    public List<Approved<MinistryProgressContent>> ministryProgress(long cycleId) {
        return approved(cycleId, SubmissionKind.MINISTRY_PROGRESS_REPORT,
                (organisationCode, content) -> (MinistryProgressContent) content);
    }

    private <T> List<Approved<T>> approved(long cycleId, SubmissionKind kind,
            BiFunction<String, SubmissionContent, T> convert) {
        return submissions.approved(cycleId, kind).stream()
                .map((ApprovedVersion version) -> new Approved<>(SubmissionReference.of(kind, version.versionId()),
                        version.organisationCode(), convert.apply(version.organisationCode(), version.content())))
                .toList();
    }

    private String hubName(String organisationCode) {
        return organisations.findByCode(organisationCode).map(Organisation::getNameJa).orElse(organisationCode);
    }
}
