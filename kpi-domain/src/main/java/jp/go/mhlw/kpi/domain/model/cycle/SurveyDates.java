package jp.go.mhlw.kpi.domain.model.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * The dates a cycle's surveys count at (docs/domain.md §4): the reference date at which the JFMDA member survey counts
 * its members and AMED themes are judged mature (R5: 2024-01-01), and the two snapshots the survey asks about, the
 * year before and the year of the report (R5: January 2023 and January 2024). Without them the mature-theme figures
 * and the international shares cannot be computed.
 */
public record SurveyDates(LocalDate reference, LocalDate previousSnapshot, LocalDate currentSnapshot) {

    /** What the committee used so far: 1 January after the fiscal year's start, and 1 January a year before. */
    public static SurveyDates proposedFor(JapaneseFiscalYear fiscalYear) {
        LocalDate january = LocalDate.of(fiscalYear.fiscalYear() + 1, 1, 1);
        return new SurveyDates(january, january.minusYears(1), january);
    }

    /** Every missing or inconsistent date, at its field; empty when the dates can be used. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (reference == null) {
            problems.add(Problem.at("surveyReferenceDate", "cycle.surveyDates.referenceRequired"));
        }
        if (previousSnapshot == null) {
            problems.add(Problem.at("previousSnapshot", "cycle.surveyDates.previousRequired"));
        }
        if (currentSnapshot == null) {
            problems.add(Problem.at("currentSnapshot", "cycle.surveyDates.currentRequired"));
        }
        if (previousSnapshot != null && currentSnapshot != null && !previousSnapshot.isBefore(currentSnapshot)) {
            problems.add(Problem.at("currentSnapshot", "cycle.surveyDates.snapshotOrder", String.valueOf(previousSnapshot),
                    String.valueOf(currentSnapshot)));
        }
        return problems;
    }

    public boolean isComplete() {
        return problems().isEmpty();
    }
}
