package jp.go.mhlw.kpi.api.openapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.application.supply.TimelineEvent;
import jp.go.mhlw.kpi.application.supply.TimelineField;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.OverseasBase;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.submission.DeviceLicence;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.model.submission.ReviewDecision;
import jp.go.mhlw.kpi.domain.model.submission.SurveyQuestion;
import jp.go.mhlw.kpi.domain.model.supply.CauseCategory;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.DeviceClass;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;

/**
 * The enumerated values the API's JSON carries, as string schemas of the OpenAPI document made from the enums
 * themselves: a new constant appears in the document by itself. A DTO member refers to one with
 * {@code @Schema(implementation = TheEnum.class)}, which the server resolves by the enum's simple name; the schemas
 * are registered up front ({@link EnumSchemaReader}) because the server's scan covers this web module's classes
 * only, and the enums live in kpi-domain.
 */
public final class EnumSchemas {

    /** Every enum a DTO of this API refers to. */
    static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            SubmissionKind.class, RequestState.class, ReviewDecision.class, Stage.class, Platform.class,
            FocusArea.class, DeviceLicence.class, OverseasActivity.class, OverseasBase.class, SurveyQuestion.class,
            ProgressFigure.class, DeviceClass.class, DisruptionKind.class, ClinicalImpact.class, CauseCategory.class,
            ReportKind.class, SupplyCaseState.class, CloseReason.class, TimelineEvent.class, TimelineField.class);

    /** The schema of the supply report forms, the form numbers of the {@link ReportKind}s ("10-2", ...). */
    public static final String REPORT_FORM = "ReportForm";

    private EnumSchemas() {
    }

    /** Schema name → its values, in declaration order. */
    public static Map<String, List<String>> valuesByName() {
        Map<String, List<String>> schemas = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : ENUMS) {
            schemas.put(type.getSimpleName(), Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
        schemas.put(REPORT_FORM, Arrays.stream(ReportKind.values()).map(ReportKind::formNumber).distinct().toList());
        return schemas;
    }
}
