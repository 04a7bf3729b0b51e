package jp.go.mhlw.kpi.application.followup;

import java.util.List;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.HubReport;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.computation.TrainingCourse;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;

/**
 * The approved submissions of a cycle as the computations take them: what the aggregation of a cycle reads. Each
 * item names the submission (version) it came from, for the lineage of the KPI values computed from it.
 */
public interface ApprovedSubmissions {

    /** One approved submission's data, with where it came from. */
    record Approved<T>(SubmissionReference source, String organisationCode, T data) {
        public Approved {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(organisationCode, "organisationCode");
            Objects.requireNonNull(data, "data");
        }
    }

    /** The hubs' reports (joint research, cooperation, international infrastructure, platforms). */
    List<Approved<HubReport>> hubReports(long cycleId);

    /** The hubs' training courses, per hub report. */
    List<Approved<List<TrainingCourse>>> trainingCourses(long cycleId);

    /** AMED's theme records (normally one approved submission per cycle). */
    List<Approved<List<AmedTheme>>> amedThemes(long cycleId);

    /** The JFMDA member survey's response rows (normally one approved submission per cycle). */
    List<Approved<List<SurveyResponse>>> surveyResponses(long cycleId);

    /**
     * The ministry divisions' progress reports: narratives per goal, which the draft report proposes, and typed
     * figures, which the aggregation turns into the values of the ministries' KPIs.
     */
    List<Approved<MinistryProgressContent>> ministryProgress(long cycleId);
}
