package jp.go.mhlw.kpi.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.GoalDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.KpiDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.VisionDefinition;
import jp.go.mhlw.kpi.domain.model.catalogue.Computation;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2nd plan's catalogue as a plan file ({@code plans/plan-2.json}) is the catalogue the migrations seed (V5),
 * KPI by KPI, and names for each KPI the computation the follow-up's aggregation used for it when it still chose by
 * KPI code.
 */
class Plan2FileTest {

    private static final Path SEED = Path.of("src/main/resources/db/migration/V5__catalogue_plan2.sql");
    private static final Path ORGANISATIONS = Path.of("src/main/resources/db/migration/V2__reference_organisations.sql");
    private static final Path AGGREGATION = Path.of("src/main/java/jp/go/mhlw/kpi/application/followup");

    private static PlanDefinition plan;

    @BeforeAll
    static void readThePlanFile() throws IOException {
        PlanFile.Reading reading = PlanFile.read(PlanFiles.resource("/plans/plan-2.json"), OptionalInt.empty());
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.warnings()).as("every computation it names is known").isEmpty();
        plan = reading.plan().orElseThrow();
    }

    @Test
    void thePlanIsTheSeededOne() throws IOException {
        List<List<Object>> plans = SqlValues.of(seed(), "basic_plan");
        List<Object> seeded = plans.stream().filter(row -> row.get(1).equals("PLAN-2")).findFirst().orElseThrow();
        assertThat(plan.code()).isEqualTo(seeded.get(1));
        assertThat(plan.name().ja()).isEqualTo(seeded.get(2));
        assertThat(plan.name().en()).isEqualTo(seeded.get(3));
        assertThat(plan.cabinetDecisionDate()).isEqualTo(LocalDate.parse((String) seeded.get(4)));
        assertThat(plan.validFrom()).isEqualTo(LocalDate.parse((String) seeded.get(5)));
        assertThat(plan.validTo()).isEqualTo(Optional.ofNullable((String) seeded.get(6)).map(LocalDate::parse));
    }

    @Test
    void theVisionsAndGoalsAreTheSeededOnesInTheirOrder() throws IOException {
        List<List<Object>> visions = SqlValues.of(seed(), "plan_vision");
        List<List<Object>> goals = SqlValues.of(seed(), "plan_goal");
        assertThat(plan.visions()).extracting(v -> List.<Object>of(v.code(), v.name().ja(), v.name().en()))
                .containsExactlyElementsOf(visions.stream().map(row -> List.of(row.get(2), row.get(3), row.get(4)))
                        .toList());
        for (List<Object> goal : goals) {
            String visionCode = visions.stream().filter(v -> v.get(0).equals(goal.get(2))).findFirst().orElseThrow()
                    .get(2).toString();
            GoalDefinition read = goal(((Long) goal.get(3)).intValue());
            assertThat(vision(read).code()).as("vision of goal %s", goal.get(3)).isEqualTo(visionCode);
            assertThat(List.of(read.name().ja(), read.name().en())).isEqualTo(List.of(goal.get(4), goal.get(5)));
        }
        assertThat(plan.visions().stream().mapToLong(v -> v.goals().size()).sum()).isEqualTo(goals.size());
    }

    @Test
    void everyKpiIsTheSeededOneUnderItsGoalInItsOrder() throws IOException {
        List<List<Object>> seeded = SqlValues.of(seed(), "kpi");
        Map<Long, String> organisationCodes = SqlValues.of(Files.readString(ORGANISATIONS, StandardCharsets.UTF_8),
                "organisation").stream().collect(Collectors.toMap(row -> (Long) row.get(0), row -> (String) row.get(1)));
        Map<Long, Integer> goalNumbers = SqlValues.of(seed(), "plan_goal").stream()
                .collect(Collectors.toMap(row -> (Long) row.get(0), row -> ((Long) row.get(3)).intValue()));
        assertThat(plan.kpis().map(KpiDefinition::code))
                .containsExactlyInAnyOrderElementsOf(seeded.stream().map(row -> (String) row.get(3)).toList());
        for (List<Object> row : seeded) {
            // (id, plan_id, goal_id, code, display_order, kind, unit_ja, unit_en, implementing_body_kind,
            //  implementing_body_id, breakdown, normalised_by_period, name_ja, name_en, definition_ja, definition_en)
            String code = (String) row.get(3);
            GoalDefinition goal = goal(goalNumbers.get((Long) row.get(2)));
            KpiDefinition kpi = goal.kpis().stream().filter(k -> k.code().equals(code)).findFirst()
                    .orElseThrow(() -> new AssertionError(code + " is not under goal " + goal.number()));
            assertThat(goal.kpis().indexOf(kpi) + 1).as("position of %s", code).isEqualTo(((Long) row.get(4)).intValue());
            assertThat(kpi.kind().name()).as("kind of %s", code).isEqualTo(row.get(5));
            assertThat(kpi.unit().map(u -> List.of(u.ja(), u.en())).orElse(null)).as("unit of %s", code)
                    .isEqualTo(row.get(6) == null ? null : List.of(row.get(6), row.get(7)));
            assertThat(kpi.reportedBy().kind().map(Enum::name).orElse(null)).as("body kind of %s", code)
                    .isEqualTo(row.get(8));
            assertThat(kpi.reportedBy().organisationCode().orElse(null)).as("body of %s", code)
                    .isEqualTo(row.get(9) == null ? null : organisationCodes.get((Long) row.get(9)));
            assertThat(kpi.breakdown().map(Enum::name).orElse(null)).as("breakdown of %s", code).isEqualTo(row.get(10));
            assertThat(kpi.normalisedByPeriod()).as("normalisation of %s", code).isEqualTo(row.get(11));
            assertThat(List.of(kpi.name().ja(), kpi.name().en(), kpi.definition().ja(), kpi.definition().en()))
                    .as("names and definitions of %s", code)
                    .isEqualTo(List.of(row.get(12), row.get(13), row.get(14), row.get(15)));
        }
    }

    /**
     * {@code CycleFigures} and {@code MinistryFigures} compute what each KPI's stored computation says
     * ({@code Plan2StoredComputationsTest} keeps it equal to the file's), so they name no KPI of any plan.
     */
    @Test
    void theAggregationNamesNoKpi() throws IOException {
        Set<String> named = kpiCodesIn(AGGREGATION.resolve("CycleFigures.java"));
        named.addAll(kpiCodesIn(AGGREGATION.resolve("MinistryFigures.java")));
        assertThat(named).isEmpty();
    }

    @Test
    void theMinistryFiguresTheFileNamesAreTheProgressReportsFigures() {
        Map<String, String> inFile = plan.kpis().filter(k -> k.computation() == Computation.MINISTRY_FIGURE)
                .collect(Collectors.toMap(KpiDefinition::code, k -> k.parameters().get("figure")));
        assertThat(inFile).hasSize(8);
        assertThat(inFile.values()).allSatisfy(figure -> ProgressFigure.valueOf(figure));
    }

    /** The choices the aggregation made by KPI code before it read them from the catalogue, which the file says. */
    @Test
    void theParametersSayWhatTheAggregationDoesForEachKpi() {
        Map<String, String> expected = new LinkedHashMap<>();
        // ① participants with their ratio to last year, courses without (CycleFigures.training)
        expected.put("G1-TRAINING-PARTICIPANTS", "training-sum {compare=RATIO_TO_PREVIOUS, measure=PARTICIPANTS}");
        expected.put("G1-TRAINING-COURSES", "training-sum {compare=NONE, measure=COURSES}");
        expected.put("G1-TRAINING-HUBS", "training-hub-count {}");
        expected.put("G1-PARTICIPANTS-PER-COURSE", "training-average-per-course {}");
        // ② ventures, and entrants over the respondents that are not ventures (CycleFigures.survey)
        expected.put("G2-VENTURE-SHARE", "survey-share {of=VENTURES}");
        expected.put("G2-OTHER-INDUSTRY-SHARE", "survey-share {of=OTHER_INDUSTRY_ENTRANTS}");
        // ③ (CycleFigures.hubs)
        expected.put("G3-JOINT-RESEARCH", "joint-research-sum {}");
        expected.put("G3-JOINT-RESEARCH-AVERAGE-AMOUNT", "joint-research-average-amount {}");
        expected.put("G3-HUB-COOPERATION", "hub-sum {of=COOPERATION}");
        expected.put("G3-HUB-COOPERATION-PER-HUB", "hub-average-per-reporting-hub {of=COOPERATION}");
        expected.put("G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE", "hub-sum {of=INTERNATIONAL_TRIAL_INFRASTRUCTURE}");
        expected.put("G3-PLATFORM-MEMBERSHIP", "platform-share {}");
        // ⑥ all themes and the mature ones (CycleFigures.themes)
        expected.put("G6-ADOPTED-THEMES", "theme-count {themes=ALL}");
        expected.put("G6-AVERAGE-GRANT", "theme-average-grant {themes=ALL}");
        expected.put("G6-STAGE-UP-RATIO", "theme-stage-up-rate {themes=ALL}");
        expected.put("G6-LAUNCH-RATIO", "theme-launch-rate {themes=ALL}");
        expected.put("G6-MATURE-THEMES", "theme-count {themes=MATURE}");
        expected.put("G6-MATURE-AVERAGE-GRANT", "theme-average-grant {themes=MATURE}");
        expected.put("G6-MATURE-STAGE-UP-RATIO", "theme-stage-up-rate {themes=MATURE}");
        expected.put("G6-MATURE-LAUNCH-RATIO", "theme-launch-rate {themes=MATURE}");
        // ⑦ (CycleFigures.international)
        expected.put("G7-INTERNATIONAL-ACTIVITY-SHARE", "overseas-activity-share {}");
        expected.put("G7-OVERSEAS-BASE-SHARE", "overseas-base-share {}");
        Map<String, String> inFile = new LinkedHashMap<>();
        plan.kpis().filter(k -> expected.containsKey(k.code())).forEach(k -> inFile.put(k.code(),
                k.computation().fileName() + " " + new java.util.TreeMap<>(k.parameters())));
        assertThat(inFile).containsExactlyInAnyOrderEntriesOf(expected);
    }

    private static Set<String> kpiCodesIn(Path source) throws IOException {
        Matcher codes = Pattern.compile("\"(G\\d+-[A-Z0-9-]+)\"").matcher(Files.readString(source, StandardCharsets.UTF_8));
        Set<String> found = new TreeSet<>();
        while (codes.find()) {
            found.add(codes.group(1));
        }
        return found;
    }

    private static String seed() throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    private static GoalDefinition goal(int number) {
        return plan.visions().stream().flatMap(v -> v.goals().stream()).filter(g -> g.number() == number)
                .findFirst().orElseThrow(() -> new AssertionError("no goal " + number));
    }

    private static VisionDefinition vision(GoalDefinition goal) {
        return plan.visions().stream().filter(v -> v.goals().contains(goal)).findFirst().orElseThrow();
    }

    /** The rows of a migration's {@code INSERT INTO <table> (…) VALUES (…), (…);}: texts, numbers, booleans, nulls. */
    static final class SqlValues {

        private static final Pattern TOKEN = Pattern.compile(
                "--[^\\n]*|'(?:[^']|'')*'|\\(|\\)|,|\\bDATE\\b|\\bNULL\\b|\\bTRUE\\b|\\bFALSE\\b|-?\\d+");

        static List<List<Object>> of(String sql, String table) {
            Matcher insert = Pattern.compile("INSERT INTO " + table + " \\([^)]*\\) VALUES(.*?);\\s*\\n", Pattern.DOTALL)
                    .matcher(sql);
            if (!insert.find()) {
                throw new AssertionError("no INSERT INTO " + table);
            }
            List<List<Object>> rows = new ArrayList<>();
            List<Object> row = null;
            int depth = 0;
            Matcher token = TOKEN.matcher(insert.group(1));
            while (token.find()) {
                String t = token.group();
                if (t.startsWith("--") || t.equals(",") || t.equals("DATE")) {
                    continue;
                }
                if (t.equals("(")) {
                    if (depth++ == 0) {
                        row = new ArrayList<>();
                    }
                } else if (t.equals(")")) {
                    if (--depth == 0) {
                        rows.add(row);
                    }
                } else if (t.startsWith("'")) {
                    row.add(t.substring(1, t.length() - 1).replace("''", "'"));
                } else if (t.equals("NULL")) {
                    row.add(null);
                } else if (t.equals("TRUE") || t.equals("FALSE")) {
                    row.add(Boolean.valueOf(t.toLowerCase()));
                } else {
                    row.add(Long.valueOf(t));
                }
            }
            return rows;
        }
    }
}
