package jp.go.mhlw.kpi.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.computation.SurveyStatistics;
import jp.go.mhlw.kpi.domain.computation.ThemeStatistics;
import jp.go.mhlw.kpi.domain.computation.ThemeStatisticsReport;
import jp.go.mhlw.kpi.domain.imports.AmedThemeImport;
import jp.go.mhlw.kpi.domain.imports.ImportResult;
import jp.go.mhlw.kpi.domain.imports.ImportTemplate;
import jp.go.mhlw.kpi.domain.imports.SurveyResponseImport;
import jp.go.mhlw.kpi.domain.imports.UploadedFile;
import jp.go.mhlw.kpi.domain.model.security.Role;

/**
 * Checks an uploaded AMED theme list or JFMDA survey file and previews the figures the committee would publish
 * from it. Nothing is stored here: a file that passes becomes part of its body's submission.
 */
@Stateless
public class ImportCheckService {

    /** A checked theme list: its problems, or its themes with the statistics for all and for mature themes. */
    public record ThemeCheck(ImportResult<AmedTheme> result, ThemeStatisticsReport all, ThemeStatisticsReport mature) {
    }

    /** A checked survey: its problems, or its responses with the venture and other-industry shares. */
    public record SurveyCheck(ImportResult<SurveyResponse> result, long domesticRespondents, KpiFigure ventureShare,
                              KpiFigure otherIndustryShare) {
    }

    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.AMED_REPORTER})
    public ThemeCheck checkAmedThemes(@NotNull UploadedFile file, @NotNull LocalDate surveyReferenceDate) {
        ImportResult<AmedTheme> result = new AmedThemeImport().read(file);
        if (!result.isAccepted()) {
            return new ThemeCheck(result, null, null);
        }
        List<AmedTheme> mature = ThemeStatistics.matureAt(result.records(), surveyReferenceDate);
        return new ThemeCheck(result, ThemeStatistics.report("all", result.records()),
                mature.isEmpty() ? null : ThemeStatistics.report("mature", mature));
    }

    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.SURVEY_REPORTER})
    public SurveyCheck checkSurvey(@NotNull UploadedFile file, @NotNull LocalDate previousSnapshot,
            @NotNull LocalDate currentSnapshot) {
        ImportResult<SurveyResponse> result = new SurveyResponseImport(previousSnapshot, currentSnapshot).read(file);
        if (!result.isAccepted()) {
            return new SurveyCheck(result, 0, null, null);
        }
        List<SurveyResponse> responses = result.records();
        long domestic = SurveyStatistics.domesticRespondents(responses);
        return new SurveyCheck(result, domestic,
                domestic == 0 ? null : SurveyStatistics.ventureShare("upload", responses),
                domestic == 0 ? null : SurveyStatistics.otherIndustryShare("upload", responses));
    }

    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.AMED_REPORTER})
    public byte[] amedThemeTemplate(boolean xlsx) {
        AmedThemeImport kind = new AmedThemeImport();
        return xlsx ? ImportTemplate.xlsx(kind) : ImportTemplate.csv(kind);
    }

    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.SURVEY_REPORTER})
    public byte[] surveyTemplate(boolean xlsx, @NotNull LocalDate previousSnapshot, @NotNull LocalDate currentSnapshot) {
        SurveyResponseImport kind = new SurveyResponseImport(previousSnapshot, currentSnapshot);
        return xlsx ? ImportTemplate.xlsx(kind) : ImportTemplate.csv(kind);
    }
}
