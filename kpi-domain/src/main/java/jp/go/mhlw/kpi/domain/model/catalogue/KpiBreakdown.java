package jp.go.mhlw.kpi.domain.model.catalogue;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.OverseasBase;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * How a KPI's published figures are broken down. The keys are the names of the computation's enums, so a stored
 * figure says exactly which group it belongs to ("INDUSTRY", "FA3", "BASIC"); {@link #TOTAL} is always allowed.
 */
public enum KpiBreakdown {
    TRAINING_CATEGORY(names(TrainingCategory.values())),
    RESEARCH_STAGE(researchStages()),
    FOCUS_AREA_OR_STAGE_AT_ADOPTION(Stream.concat(names(FocusArea.values()), researchStages())),
    PLATFORM(names(Platform.values())),
    OVERSEAS_ACTIVITY(names(OverseasActivity.values())),
    OVERSEAS_BASE(names(OverseasBase.values()));

    /** The key of the figure over the whole population, and the only key of a KPI without breakdown. */
    public static final String TOTAL = "TOTAL";

    private final Set<String> keys;

    KpiBreakdown(Stream<String> keys) {
        this.keys = keys.collect(LinkedHashSet::new, Set::add, Set::addAll);
    }

    /** The group keys in the computation's order, without {@link #TOTAL}. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(keys);
    }

    public boolean accepts(String key) {
        return TOTAL.equals(key) || keys.contains(key);
    }

    /**
     * A figure's group as people read it ("研究開発拠点…", "2nd 製品開発", "重点分野3", "全体"); a key that is not this
     * breakdown's is shown as it is.
     */
    public String label(String key, Locale locale) {
        if (TOTAL.equals(key)) {
            return Texts.text(locale, "published.table.totalRow");
        }
        if (!keys.contains(key)) {
            return key == null ? "" : key;
        }
        return switch (this) {
            case TRAINING_CATEGORY -> labelOf(TrainingCategory.valueOf(key), locale);
            case RESEARCH_STAGE -> Stage.valueOf(key).displayLabel(locale);
            case FOCUS_AREA_OR_STAGE_AT_ADOPTION -> Arrays.stream(FocusArea.values()).anyMatch(a -> a.name().equals(key))
                    ? FocusArea.valueOf(key).displayLabel(locale) : Stage.valueOf(key).displayLabel(locale);
            case PLATFORM -> labelOf(Platform.valueOf(key), locale);
            case OVERSEAS_ACTIVITY -> labelOf(OverseasActivity.valueOf(key), locale);
            case OVERSEAS_BASE -> labelOf(OverseasBase.valueOf(key), locale);
        };
    }

    private static String labelOf(Labelled value, Locale locale) {
        return value.label(locale);
    }

    private static Stream<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name);
    }

    private static Stream<String> researchStages() {
        return Arrays.stream(Stage.values()).filter(Stage::isResearchStage).map(Enum::name);
    }
}
