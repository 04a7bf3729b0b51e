package jp.go.mhlw.kpi.domain.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.OverseasBase;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.model.submission.MemberSurveyContent;
import jp.go.mhlw.kpi.domain.model.submission.SurveyRow;
import jp.go.mhlw.kpi.domain.shared.Phrase;

/**
 * The JFMDA member survey (one row per responding company). International activities and bases are asked at
 * two snapshot dates (January of last year and of this year): one yes/no column per item and snapshot. A
 * snapshot whose columns are all blank counts as not answered.
 */
public class SurveyResponseImport extends SpreadsheetImport<SurveyResponse> {

    static final Column COMPANY = Column.named("survey.company", true);
    static final Column DOMESTIC_CAPITAL = Column.named("survey.domesticCapital", true);
    static final Column VENTURE = Column.named("survey.venture", true);
    static final Column OTHER_INDUSTRY = Column.named("survey.otherIndustry", true);

    private final LocalDate previousSnapshot;
    private final LocalDate currentSnapshot;
    private final Map<LocalDate, Map<OverseasActivity, Column>> activityColumns = new HashMap<>();
    private final Map<LocalDate, Map<OverseasBase, Column>> baseColumns = new HashMap<>();

    public SurveyResponseImport(LocalDate previousSnapshot, LocalDate currentSnapshot) {
        this.previousSnapshot = Objects.requireNonNull(previousSnapshot, "previousSnapshot");
        this.currentSnapshot = Objects.requireNonNull(currentSnapshot, "currentSnapshot");
        if (!previousSnapshot.isBefore(currentSnapshot)) {
            throw new IllegalArgumentException("the previous snapshot must come before the current one");
        }
        for (LocalDate snapshot : List.of(previousSnapshot, currentSnapshot)) {
            String when = snapshot.equals(previousSnapshot) ? "survey.previous" : "survey.current";
            Map<OverseasActivity, Column> activities = new HashMap<>();
            for (OverseasActivity activity : OverseasActivity.values()) {
                activities.put(activity, snapshotColumn("survey.activity", when, snapshot,
                        Vocabulary.word("activity." + activity.name()), activity.name()));
            }
            Map<OverseasBase, Column> bases = new HashMap<>();
            for (OverseasBase base : OverseasBase.values()) {
                bases.put(base, snapshotColumn("survey.base", when, snapshot, Vocabulary.word("base." + base.name()),
                        base.name()));
            }
            activityColumns.put(snapshot, activities);
            baseColumns.put(snapshot, bases);
        }
    }

    /** The yes/no column of one item at one snapshot, e.g. "前回（2023-01-01）海外活動: 医療機器の輸出". */
    private static Column snapshotColumn(String kind, String when, LocalDate snapshot, String itemJa, String itemEn) {
        return new Column(Vocabulary.word(kind + ".ja", Vocabulary.word(when + ".ja"), snapshot, itemJa),
                Vocabulary.word(kind + ".en", Vocabulary.word(when + ".en"), snapshot, itemEn), false,
                Vocabulary.word("survey.answer.allowed"));
    }

    @Override
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(COMPANY, DOMESTIC_CAPITAL, VENTURE, OTHER_INDUSTRY));
        for (LocalDate snapshot : List.of(previousSnapshot, currentSnapshot)) {
            for (OverseasActivity activity : OverseasActivity.values()) {
                columns.add(activityColumns.get(snapshot).get(activity));
            }
            for (OverseasBase base : OverseasBase.values()) {
                columns.add(baseColumns.get(snapshot).get(base));
            }
        }
        return columns;
    }

    /**
     * The rows as rows of this template, in its column order: each company's answers at a snapshot date of this
     * template; blank where the row has no answer for that date (a previous year's rows answered other dates).
     */
    public List<List<Object>> rows(MemberSurveyContent content) {
        List<List<Object>> rows = new ArrayList<>();
        for (SurveyRow row : content.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.company() == null ? "" : row.company()));
            cells.add(yesNo(row.domesticCapital()));
            cells.add(yesNo(row.venture()));
            cells.add(yesNo(row.otherIndustryEntrant()));
            for (LocalDate snapshot : List.of(previousSnapshot, currentSnapshot)) {
                Set<OverseasActivity> activities = row.activitiesBySnapshot().get(snapshot);
                for (OverseasActivity activity : OverseasActivity.values()) {
                    cells.add(activities == null ? null : yesNo(activities.contains(activity)));
                }
                Set<OverseasBase> bases = row.basesBySnapshot().get(snapshot);
                for (OverseasBase base : OverseasBase.values()) {
                    cells.add(bases == null ? null : yesNo(bases.contains(base)));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String yesNo(Boolean answer) {
        return answer == null ? null : Vocabulary.words(answer ? "yes" : "no").get(0);
    }

    @Override
    protected SurveyResponse toRecord(Cells cells) {
        String company = cells.text(COMPANY);
        Boolean domestic = cells.yesNo(DOMESTIC_CAPITAL);
        Boolean venture = cells.yesNo(VENTURE);
        Boolean otherIndustry = cells.yesNo(OTHER_INDUSTRY);
        Map<LocalDate, Set<OverseasActivity>> activities = new HashMap<>();
        Map<LocalDate, Set<OverseasBase>> bases = new HashMap<>();
        for (LocalDate snapshot : List.of(previousSnapshot, currentSnapshot)) {
            answers(cells, activityColumns.get(snapshot), OverseasActivity.class).ifPresent(set -> activities.put(snapshot, set));
            answers(cells, baseColumns.get(snapshot), OverseasBase.class).ifPresent(set -> bases.put(snapshot, set));
        }
        if (company.isEmpty() || domestic == null || venture == null || otherIndustry == null) {
            return null;
        }
        if (venture && otherIndustry) {
            // ventures are counted apart and left out of the other-industry entrants (DOMAIN §4)
            cells.problem(OTHER_INDUSTRY, "import.ventureAndOtherIndustry", VENTURE.headerJa(), OTHER_INDUSTRY.headerJa(),
                    VENTURE.headerEn(), OTHER_INDUSTRY.headerEn());
            return null;
        }
        return new SurveyResponse(company, domestic, venture, otherIndustry, activities, bases);
    }

    /** The items answered "yes" at one snapshot, or empty when the snapshot was left blank altogether. */
    private static <E extends Enum<E>> Optional<Set<E>> answers(Cells cells, Map<E, Column> columns, Class<E> type) {
        Set<E> yes = EnumSet.noneOf(type);
        boolean answered = false;
        for (Map.Entry<E, Column> entry : columns.entrySet()) {
            Boolean answer = cells.yesNo(entry.getValue());
            if (answer != null) {
                answered = true;
                if (answer) {
                    yes.add(entry.getKey());
                }
            }
        }
        return answered ? Optional.of(yes) : Optional.empty();
    }

    @Override
    protected Optional<String> uniqueKey(SurveyResponse response) {
        return Optional.of(Column.normalise(response.companyName()));
    }

    @Override
    protected Phrase duplicateDescription() {
        return Phrase.of("import.duplicate.company");
    }

    @Override
    protected Column duplicateColumn() {
        return COMPANY;
    }
}
