package jp.go.mhlw.kpi.application.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.InternationalShares;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.computation.SurveyStatistics;
import jp.go.mhlw.kpi.domain.computation.ThemeStatistics;
import jp.go.mhlw.kpi.domain.computation.ThemeStatisticsReport;
import jp.go.mhlw.kpi.domain.imports.AmedThemeImport;
import jp.go.mhlw.kpi.domain.imports.HubReportImport;
import jp.go.mhlw.kpi.domain.imports.ImportResult;
import jp.go.mhlw.kpi.domain.imports.ImportTemplate;
import jp.go.mhlw.kpi.domain.imports.MinistryProgressImport;
import jp.go.mhlw.kpi.domain.imports.SurveyResponseImport;
import jp.go.mhlw.kpi.domain.imports.UploadedFile;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;

/**
 * Checks an uploaded AMED theme list or JFMDA survey file and previews the figures the committee would publish
 * from it, computed by the same rules as the cycle's aggregation; checks a hub report workbook or a ministry progress
 * report sheet before it replaces a draft. Nothing is stored here: a file that passes
 * becomes part of its body's submission.
 */
@Stateless
public class ImportCheckService {

    /**
     * A checked theme list: its problems and warnings, or its themes with the statistics for all and for mature
     * themes (null: none), and the dates it was checked against.
     */
    public record ThemeCheck(ImportResult<AmedTheme> result, ThemeStatisticsReport all, ThemeStatisticsReport mature,
                             LocalDate surveyReferenceDate, LocalDate today) {
    }

    /**
     * A checked survey: its problems, or its responses with the venture and other-industry shares (null: no
     * domestic-capital respondent) and the international shares at the two snapshots it was read with.
     */
    public record SurveyCheck(ImportResult<SurveyResponse> result, long domesticRespondents, KpiFigure ventureShare,
                              KpiFigure otherIndustryShare, List<InternationalShares.Comparison> international,
                              LocalDate previousSnapshot, LocalDate currentSnapshot) {
    }

    Clock clock = Clock.systemUTC();

    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.AMED_REPORTER})
    public ThemeCheck checkAmedThemes(@NotNull UploadedFile file, @NotNull LocalDate surveyReferenceDate) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), JapaneseFiscalYear.JAPAN_TIME);
        ImportResult<AmedTheme> result = new AmedThemeImport(today, surveyReferenceDate).read(file);
        if (!result.isAccepted()) {
            return new ThemeCheck(result, null, null, surveyReferenceDate, today);
        }
        List<AmedTheme> themes = result.records();
        return new ThemeCheck(result, ThemeStatistics.report("all", themes),
                ThemeStatistics.matureReport("mature", themes, surveyReferenceDate).orElse(null), surveyReferenceDate,
                today);
    }

    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.SURVEY_REPORTER})
    public SurveyCheck checkSurvey(@NotNull UploadedFile file, @NotNull LocalDate previousSnapshot,
            @NotNull LocalDate currentSnapshot) {
        ImportResult<SurveyResponse> result = new SurveyResponseImport(previousSnapshot, currentSnapshot).read(file);
        if (!result.isAccepted()) {
            return new SurveyCheck(result, 0, null, null, List.of(), previousSnapshot, currentSnapshot);
        }
        List<SurveyResponse> responses = result.records();
        long domestic = SurveyStatistics.domesticRespondents(responses);
        boolean nonVentures = responses.stream().anyMatch(r -> r.domesticCapital() && !r.venture());
        return new SurveyCheck(result, domestic,
                domestic == 0 ? null : SurveyStatistics.ventureShare("upload", responses),
                nonVentures ? SurveyStatistics.otherIndustryShare("upload", responses) : null,
                InternationalShares.compare(responses, previousSnapshot, currentSnapshot), previousSnapshot,
                currentSnapshot);
    }

    /**
     * A hub report workbook as the hub's draft would take it: its problems by sheet, row and column, or the report
     * (the form asks before the report replaces the draft).
     */
    @ReadOnly
    @RolesAllowed(Role.Names.HUB_REPORTER)
    public ImportResult<HubReportContent> checkHubReport(@NotNull UploadedFile file) {
        return new HubReportImport().read(file);
    }

    /** A ministry progress report sheet as the division's draft would take it: its problems, or the report. */
    @ReadOnly
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public ImportResult<MinistryProgressContent> checkMinistryProgress(@NotNull UploadedFile file) {
        return new MinistryProgressImport().readReport(file);
    }

    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.AMED_REPORTER})
    public byte[] amedThemeTemplate(boolean xlsx) {
        AmedThemeImport kind = new AmedThemeImport(LocalDate.ofInstant(clock.instant(), JapaneseFiscalYear.JAPAN_TIME));
        return xlsx ? ImportTemplate.xlsx(kind) : ImportTemplate.csv(kind);
    }

    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.SURVEY_REPORTER})
    public byte[] surveyTemplate(boolean xlsx, @NotNull LocalDate previousSnapshot, @NotNull LocalDate currentSnapshot) {
        SurveyResponseImport kind = new SurveyResponseImport(previousSnapshot, currentSnapshot);
        return xlsx ? ImportTemplate.xlsx(kind) : ImportTemplate.csv(kind);
    }
}
