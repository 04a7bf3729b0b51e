package jp.go.mhlw.kpi.domain.computation;

import java.time.LocalDate;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Texts;

/** One AMED-funded theme as AMED reports it (slides 42-46). */
public record AmedTheme(String programme, String themeTitle, FocusArea focusArea, Stage stageAtAdoption,
                        Stage currentStage, long singleYearGrantThousandYen, LocalDate adoptedOn) {

    public AmedTheme {
        if (programme == null || programme.isBlank()) {
            throw new IllegalArgumentException("an AMED theme needs its programme");
        }
        if (themeTitle == null || themeTitle.isBlank()) {
            throw new IllegalArgumentException("an AMED theme needs its title");
        }
        Objects.requireNonNull(focusArea, () -> themeTitle + ": focus area is required (use NONE_OR_MULTIPLE)");
        Objects.requireNonNull(stageAtAdoption, () -> themeTitle + ": stage at adoption is required");
        Objects.requireNonNull(currentStage, () -> themeTitle + ": current stage is required");
        Objects.requireNonNull(adoptedOn, () -> themeTitle + ": adoption date is required");
        if (!stageAtAdoption.isResearchStage()) {
            throw new IllegalArgumentException(themeTitle + ": a theme cannot be adopted at " + Stage.LAUNCHED.label(Texts.JAPANESE) + " (LAUNCHED);"
                    + " the stage at adoption is 1st..4th");
        }
        if (singleYearGrantThousandYen < 0) {
            throw new IllegalArgumentException(themeTitle + ": single-year grant cannot be negative, was "
                    + singleYearGrantThousandYen + " " + Texts.text(Texts.JAPANESE, "figure.unit.THOUSAND_YEN"));
        }
    }

    /**
     * The current stage is earlier than the stage at adoption (a theme sent back, e.g. to non-clinical work after a
     * failed trial). Such a theme counts, but not as a stage-up; the reporter explains it (a warning, not a refusal).
     */
    public boolean isBehindStageAtAdoption() {
        return stageAtAdoption.isAbove(currentStage);
    }

    public boolean isStagedUp() {
        return currentStage.isAbove(stageAtAdoption);
    }

    public boolean isLaunched() {
        return currentStage == Stage.LAUNCHED;
    }

    /**
     * Adopted at least one year before the survey reference date. Younger themes have had little time to move,
     * so the committee also publishes the ratios without them.
     */
    public boolean isMatureAt(LocalDate surveyReferenceDate) {
        return !adoptedOn.isAfter(surveyReferenceDate.minusYears(1));
    }
}
