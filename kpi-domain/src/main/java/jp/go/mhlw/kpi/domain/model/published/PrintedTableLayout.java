package jp.go.mhlw.kpi.domain.model.published;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which KPIs of a plan's catalogue make up the tables the committee prints and the reconcilers check: the
 * focus-area table (once for all themes, once for the themes adopted at least one year before the survey) and the
 * training table. The catalogue is versioned per plan, so a later plan adds its own layout here with its codes.
 */
public record PrintedTableLayout(ThemeColumns allThemes, ThemeColumns matureThemes, TrainingColumns training) {

    /** The KPIs of one focus-area table: theme count, average single-year grant, stage-up and launch ratios. */
    public record ThemeColumns(String themes, String averageGrant, String stageUpRatio, String launchRatio) {
        public ThemeColumns {
            Objects.requireNonNull(themes, "themes");
            Objects.requireNonNull(averageGrant, "averageGrant");
            Objects.requireNonNull(stageUpRatio, "stageUpRatio");
            Objects.requireNonNull(launchRatio, "launchRatio");
        }
    }

    /** The KPIs of the training table: participants, courses, participants per course. */
    public record TrainingColumns(String participants, String courses, String participantsPerCourse) {
        public TrainingColumns {
            Objects.requireNonNull(participants, "participants");
            Objects.requireNonNull(courses, "courses");
            Objects.requireNonNull(participantsPerCourse, "participantsPerCourse");
        }
    }

    public PrintedTableLayout {
        Objects.requireNonNull(allThemes, "allThemes");
        Objects.requireNonNull(matureThemes, "matureThemes");
        Objects.requireNonNull(training, "training");
    }

    /** The 2nd plan's catalogue (V5__catalogue_plan2.sql). */
    public static final PrintedTableLayout PLAN_2 = new PrintedTableLayout(
            new ThemeColumns("G6-ADOPTED-THEMES", "G6-AVERAGE-GRANT", "G6-STAGE-UP-RATIO", "G6-LAUNCH-RATIO"),
            new ThemeColumns("G6-MATURE-THEMES", "G6-MATURE-AVERAGE-GRANT", "G6-MATURE-STAGE-UP-RATIO",
                    "G6-MATURE-LAUNCH-RATIO"),
            new TrainingColumns("G1-TRAINING-PARTICIPANTS", "G1-TRAINING-COURSES", "G1-PARTICIPANTS-PER-COURSE"));

    private static final Map<String, PrintedTableLayout> BY_PLAN = Map.of("PLAN-2", PLAN_2);

    /** The layout of a plan's printed tables; empty for a plan without KPI tables (the 1st plan). */
    public static Optional<PrintedTableLayout> forPlan(String planCode) {
        return Optional.ofNullable(BY_PLAN.get(planCode));
    }
}
