package jp.go.mhlw.kpi.web.view.report;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.imports.ImportProblem;
import jp.go.mhlw.kpi.domain.model.submission.AmedThemeContent;
import jp.go.mhlw.kpi.domain.model.submission.MemberSurveyContent;
import jp.go.mhlw.kpi.domain.model.submission.SurveyRow;
import jp.go.mhlw.kpi.domain.model.submission.ThemeRecord;
import jp.go.mhlw.kpi.domain.shared.PhraseList;
import jp.go.mhlw.kpi.domain.shared.Texts;
import jp.go.mhlw.kpi.web.view.Feedback;

/** Rows of the uploaded templates and of a refused file's problems, as the tables show them. */
public final class ImportLines {

    private ImportLines() {
    }

    /** One problem of a refused file, by row and column. */
    public static class Problem implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String sheet;
        private final String row;
        private final String column;
        private final String message;

        Problem(ImportProblem problem) {
            sheet = problem.sheet();
            row = problem.row() == 0 ? "—" : Integer.toString(problem.row());
            column = problem.column();
            message = Feedback.message(problem.problem());
        }

        public String getSheet() {
            return sheet;
        }

        public String getRow() {
            return row;
        }

        public String getColumn() {
            return column;
        }

        public String getMessage() {
            return message;
        }
    }

    /** One AMED theme. */
    public static class Theme implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private final ThemeRecord theme;

        Theme(int number, ThemeRecord theme) {
            this.number = number;
            this.theme = theme;
        }

        public int getNumber() {
            return number;
        }

        public String getProgramme() {
            return theme.programme();
        }

        public String getTitle() {
            return theme.title();
        }

        public String getFocusArea() {
            return theme.focusArea() == null ? "" : theme.focusArea().displayLabel(Feedback.locale());
        }

        public String getStageAtAdoption() {
            return theme.stageAtAdoption() == null ? "" : theme.stageAtAdoption().displayLabel(Feedback.locale());
        }

        public String getCurrentStage() {
            return theme.currentStage() == null ? "" : theme.currentStage().displayLabel(Feedback.locale());
        }

        public Long getGrant() {
            return theme.singleYearGrantThousandYen();
        }

        public String getAdoptedOn() {
            return theme.adoptedOn() == null ? "" : theme.adoptedOn().toString();
        }
    }

    /** One survey response. */
    public static class Company implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private final SurveyRow row;

        Company(int number, SurveyRow row) {
            this.number = number;
            this.row = row;
        }

        public int getNumber() {
            return number;
        }

        public String getCompany() {
            return row.company();
        }

        public String getDomesticCapital() {
            return yesNo(row.domesticCapital());
        }

        public String getVenture() {
            return yesNo(row.venture());
        }

        public String getOtherIndustryEntrant() {
            return yesNo(row.otherIndustryEntrant());
        }

        /** In Japanese for every reader, as the survey names them (承認・認証). */
        public String getLicences() {
            return PhraseList.of("deviceLicence.list", List.copyOf(row.licencesHeld())).label(Texts.JAPANESE);
        }

        public String getInternational() {
            return row.activitiesBySnapshot().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(entry -> entry.getKey() + ": " + entry.getValue().size())
                    .collect(Collectors.joining(", "));
        }

        private static String yesNo(Boolean value) {
            return value == null ? "" : value ? "○" : "—";
        }
    }

    public static List<Theme> themes(AmedThemeContent content) {
        return java.util.stream.IntStream.range(0, content.themes().size())
                .mapToObj(i -> new Theme(i + 1, content.themes().get(i))).toList();
    }

    public static List<Company> companies(MemberSurveyContent content) {
        return java.util.stream.IntStream.range(0, content.rows().size())
                .mapToObj(i -> new Company(i + 1, content.rows().get(i))).toList();
    }
}
