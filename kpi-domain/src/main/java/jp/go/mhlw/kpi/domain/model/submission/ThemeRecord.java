package jp.go.mhlw.kpi.domain.model.submission;

import java.time.LocalDate;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.Stage;

/**
 * One AMED-funded theme as AMED reports it (slides 42-46): programme, title, focus area (or none/multiple), stage at
 * adoption (1st-4th), current stage (the same scale plus 上市), single-year grant (千円) and adoption date. Blank
 * values are {@code null}.
 */
public record ThemeRecord(String programme, String title, FocusArea focusArea, Stage stageAtAdoption,
                          Stage currentStage, Long singleYearGrantThousandYen, LocalDate adoptedOn) {

    public static ThemeRecord of(AmedTheme theme) {
        return new ThemeRecord(theme.programme(), theme.themeTitle(), theme.focusArea(), theme.stageAtAdoption(),
                theme.currentStage(), theme.singleYearGrantThousandYen(), theme.adoptedOn());
    }

    /** The theme as the focus-area statistics take it; only for a record that passed validation. */
    public AmedTheme toAmedTheme() {
        return new AmedTheme(programme, title, focusArea, stageAtAdoption, currentStage, singleYearGrantThousandYen,
                adoptedOn);
    }

    /** Programme and title identify a theme from one year to the next. */
    public String identity() {
        return normalise(programme) + "\n" + normalise(title);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
