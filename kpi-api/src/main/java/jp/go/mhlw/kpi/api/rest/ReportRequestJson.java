package jp.go.mhlw.kpi.api.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentJson;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.submission.ReviewDecision;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;
import jp.go.mhlw.kpi.domain.model.submission.ValidationWarning;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The follow-up API's JSON: report requests, submitted versions, reviews and the refusals of a submission. */
public final class ReportRequestJson {

    private ReportRequestJson() {
    }

    @Schema(name = "ReportRequest", description = "A request of a follow-up cycle to one reporting body")
    public record Request(long id, long cycleId, @Schema(example = "HUB-HIROSHIMA") String organisation,
            @Schema(implementation = SubmissionKind.class, description = "The template") String kind,
            @Schema(implementation = RequestState.class) String state,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate due) {

        static Request of(ReportRequestInfo request) {
            return new Request(request.requestId(), request.cycleId(), request.organisationCode(), request.kind().name(),
                    request.state().name(), request.due());
        }
    }

    @Schema(name = "Submission", description = "A version to submit: the template's content, and a justification "
            + "for each validation warning the content raises (by the warning's key)")
    public record Submit(
            @Schema(required = true, description = "The template's data, {\"format\": 1, \"kind\": ..., ...}: "
                    + "a HubReportContent, AmedThemeReportContent, MemberSurveyContent or "
                    + "MinistryProgressReportContent by its kind") SubmissionContentJson.Content content,
            @Schema(description = "Warning key → why the value is right") Map<String, String> justifications) {
    }

    @Schema(name = "Review", description = "An officer's decision on the version waiting for review")
    public record Review(@Schema(description = "Required to return a version; at most 4,000 characters") String comment) {
    }

    @Schema(name = "Reopening", description = "The secretariat's reopening of an approved request for a correction")
    public record Reopen(@Schema(required = true, description = "Why, for the reporter; at most 4,000 characters")
            String reason) {
    }

    @Schema(name = "SubmissionVersion", description = "A submitted version and where its request now stands")
    public record Version(long request, int version, String submittedBy,
            @Schema(implementation = RequestState.class, description = "Submitted (waiting for review) until "
                    + "decided, then approved or returned") String requestState,
            List<Warning> warnings,
            @Schema(implementation = ReviewDecision.class, description = "Left out until decided") String decision) {

        /** The latest version decides the request's state: waiting for review until decided, then as decided. */
        static Version of(long requestId, SubmissionVersion version) {
            ReviewDecision decision = version.review().map(review -> review.decision()).orElse(null);
            RequestState state = decision == null ? RequestState.SUBMITTED
                    : decision == ReviewDecision.APPROVED ? RequestState.APPROVED : RequestState.RETURNED;
            return new Version(requestId, version.number(), version.submittedBy(), state.name(),
                    version.warnings().stream().map(Warning::of).toList(), decision == null ? null : decision.name());
        }
    }

    @Schema(name = "ValidationWarning", description = "A value to justify (e.g. over 3× last year's)")
    public record Warning(@Schema(description = "The key to justify it under") String key, String field,
            String messageJa, String messageEn) {

        static Warning of(ValidationWarning warning) {
            return new Warning(warning.key(), warning.field(), warning.messageJa(), warning.messageEn());
        }
    }

    @Schema(name = "ValidationError", description = "A value that blocks the submission, at its field")
    public record Error(@Schema(example = "courses[0].participants") String field, String messageJa, String messageEn) {

        static Error of(jp.go.mhlw.kpi.domain.shared.Problem error) {
            return new Error(error.field(), error.messageJa(), error.messageEn());
        }
    }

    @Schema(name = "SubmissionProblem", description = "Why a submission or review was refused: for a 422 every "
            + "error and every warning still without a justification")
    public record Problem(int status, String message, List<Error> errors, List<Warning> unjustifiedWarnings) {
    }
}
