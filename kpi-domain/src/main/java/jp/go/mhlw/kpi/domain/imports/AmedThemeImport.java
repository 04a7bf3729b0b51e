package jp.go.mhlw.kpi.domain.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.Stage;

/** AMED's list of adopted themes (one row per theme), as AMED reports it each cycle. */
public class AmedThemeImport extends SpreadsheetImport<AmedTheme> {

    static final Column PROGRAMME = new Column("事業名", "Programme", true, "");
    static final Column THEME = new Column("課題名", "Theme", true, "");
    static final Column FOCUS_AREA = new Column("重点分野", "Focus area", true, "1, 2, 3, 4, 5, 無/複数 (none/multiple)");
    static final Column STAGE_AT_ADOPTION = new Column("採択時ステージ", "Stage at adoption", true,
            "1 基礎研究, 2 製品開発, 3 非臨床, 4 臨床");
    static final Column CURRENT_STAGE = new Column("現在のステージ", "Current stage", true,
            "1 基礎研究, 2 製品開発, 3 非臨床, 4 臨床, 5 上市");
    static final Column GRANT = new Column("単年度予算額（千円）", "Single-year grant (thousand yen)", true, "");
    static final Column ADOPTED_ON = new Column("採択日", "Adoption date", true, "2023-04-01");

    private static final Map<String, FocusArea> FOCUS_AREAS = Map.ofEntries(
            Map.entry("1", FocusArea.FA1), Map.entry("2", FocusArea.FA2), Map.entry("3", FocusArea.FA3),
            Map.entry("4", FocusArea.FA4), Map.entry("5", FocusArea.FA5),
            Map.entry("無", FocusArea.NONE_OR_MULTIPLE), Map.entry("なし", FocusArea.NONE_OR_MULTIPLE),
            Map.entry("複数", FocusArea.NONE_OR_MULTIPLE), Map.entry("無/複数", FocusArea.NONE_OR_MULTIPLE),
            Map.entry("none", FocusArea.NONE_OR_MULTIPLE), Map.entry("multiple", FocusArea.NONE_OR_MULTIPLE),
            Map.entry("none/multiple", FocusArea.NONE_OR_MULTIPLE));

    @Override
    public List<Column> columns() {
        return List.of(PROGRAMME, THEME, FOCUS_AREA, STAGE_AT_ADOPTION, CURRENT_STAGE, GRANT, ADOPTED_ON);
    }

    @Override
    protected AmedTheme toRecord(Cells cells) {
        String programme = cells.text(PROGRAMME);
        String theme = cells.text(THEME);
        FocusArea focusArea = cells.choice(FOCUS_AREA, AmedThemeImport::focusArea);
        Stage atAdoption = cells.choice(STAGE_AT_ADOPTION, text -> stage(text).filter(Stage::isResearchStage));
        Stage current = cells.choice(CURRENT_STAGE, AmedThemeImport::stage);
        Long grant = cells.nonNegativeInteger(GRANT);
        var adoptedOn = cells.date(ADOPTED_ON);
        if (programme.isEmpty() || theme.isEmpty() || focusArea == null || atAdoption == null || current == null
                || grant == null || adoptedOn == null) {
            return null;
        }
        return new AmedTheme(programme, theme, focusArea, atAdoption, current, grant, adoptedOn);
    }

    @Override
    protected Optional<String> uniqueKey(AmedTheme theme) {
        return Optional.of(Column.normalise(theme.programme()) + "\n" + Column.normalise(theme.themeTitle()));
    }

    @Override
    protected String duplicateDescriptionJa() {
        return "同じ事業・課題名の課題";
    }

    @Override
    protected String duplicateDescriptionEn() {
        return "the same programme and theme";
    }

    /** "1".."5", "重点分野3", "FA3", "無", "複数", "none"... */
    static Optional<FocusArea> focusArea(String text) {
        String key = text.replace("重点分野", "").replace("fa", "").strip();
        return Optional.ofNullable(FOCUS_AREAS.get(key));
    }

    /** "1".."5", "1st".."4th", the Japanese label (基礎研究, 製品開発, 非臨床, 臨床, 上市) or the enum name. */
    static Optional<Stage> stage(String text) {
        for (Stage stage : Stage.values()) {
            String number = Integer.toString(stage.ordinal() + 1);
            if (text.equals(number) || text.equals(stage.ordinalLabel().toLowerCase())
                    || text.equals(stage.japaneseLabel()) || text.startsWith(stage.japaneseLabel() + "(")
                    || text.equals(stage.name().toLowerCase())) {
                return Optional.of(stage);
            }
        }
        if (text.startsWith("臨床")) { // 臨床（治験・臨床研究）
            return Optional.of(Stage.CLINICAL);
        }
        return Optional.empty();
    }
}
