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

/**
 * The JFMDA member survey (one row per responding company). International activities and bases are asked at
 * two snapshot dates (January of last year and of this year): one yes/no column per item and snapshot. A
 * snapshot whose columns are all blank counts as not answered.
 */
public class SurveyResponseImport extends SpreadsheetImport<SurveyResponse> {

    static final Column COMPANY = new Column("会社名", "Company", true, "");
    static final Column DOMESTIC_CAPITAL = new Column("内資系", "Domestic capital", true, "はい/いいえ");
    static final Column VENTURE = new Column("ベンチャー", "Venture", true, "はい/いいえ");
    static final Column OTHER_INDUSTRY = new Column("異業種参入", "Other-industry entrant", true, "はい/いいえ");

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
            String when = snapshot.equals(previousSnapshot) ? "前回" : "今回";
            String whenEn = snapshot.equals(previousSnapshot) ? "previous" : "current";
            Map<OverseasActivity, Column> activities = new HashMap<>();
            for (OverseasActivity activity : OverseasActivity.values()) {
                activities.put(activity, new Column(when + "（" + snapshot + "）海外活動: " + activity.japaneseLabel(),
                        whenEn + " (" + snapshot + ") activity: " + activity.name(), false, "はい/いいえ"));
            }
            Map<OverseasBase, Column> bases = new HashMap<>();
            for (OverseasBase base : OverseasBase.values()) {
                bases.put(base, new Column(when + "（" + snapshot + "）海外拠点: " + base.japaneseLabel(),
                        whenEn + " (" + snapshot + ") base: " + base.name(), false, "はい/いいえ"));
            }
            activityColumns.put(snapshot, activities);
            baseColumns.put(snapshot, bases);
        }
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
    protected String duplicateDescriptionJa() {
        return "同じ会社の回答";
    }

    @Override
    protected String duplicateDescriptionEn() {
        return "a response of the same company";
    }
}
