package jp.go.mhlw.kpi.domain.model.submission;

import java.util.List;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;

/** AMED's theme records of a cycle, normally taken from its theme list spreadsheet. */
public record AmedThemeContent(List<ThemeRecord> themes) implements SubmissionContent {

    public AmedThemeContent {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    public static AmedThemeContent of(List<AmedTheme> imported) {
        return new AmedThemeContent(imported.stream().map(ThemeRecord::of).toList());
    }

    @Override
    public SubmissionKind kind() {
        return SubmissionKind.AMED_THEME_REPORT;
    }

    /** The themes as the focus-area statistics take them; only for content that passed validation. */
    public List<AmedTheme> toAmedThemes() {
        return themes.stream().map(ThemeRecord::toAmedTheme).toList();
    }
}
