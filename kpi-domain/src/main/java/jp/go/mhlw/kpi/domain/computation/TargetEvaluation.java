package jp.go.mhlw.kpi.domain.computation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Texts;

/** The verdict on one target for one cycle, with the figures it compared. */
public record TargetEvaluation(TargetRule rule, Achievement achievement, String explanation, List<KpiFigure> basedOn) {

    public TargetEvaluation {
        Objects.requireNonNull(rule, "rule is required");
        Objects.requireNonNull(achievement, "achievement is required");
        Objects.requireNonNull(explanation, "explanation is required");
        basedOn = List.copyOf(basedOn);
    }

    /**
     * The verdict in the reader's language: the rule, then the figures it compared or the cycle without a figure
     * ({@link #explanation()} is the fixed English record of it).
     */
    public String explanation(Locale locale) {
        String rule = describe(rule(), locale);
        if (achievement == Achievement.NO_DATA) {
            return Texts.text(locale, "target.explanation.noData", rule, Texts.text(locale, "target.missing." + missing()));
        }
        if (basedOn.size() < 2) {
            return explanation;
        }
        return Texts.text(locale, "target.explanation.compared", rule, basedOn.get(1).display(),
                basedOn.get(0).display(), achievement);
    }

    /** Which cycle had no figure: {@link TargetRule#evaluate} keeps the figure there was. */
    private String missing() {
        if (basedOn.isEmpty()) {
            return "BOTH";
        }
        return explanation.endsWith("the previous cycle") ? "PREVIOUS" : "CURRENT";
    }

    private static String describe(TargetRule rule, Locale locale) {
        if (rule instanceof TargetRule.AtLeastMultipleOfPrevious multiple) {
            return Texts.text(locale, "target.rule.AT_LEAST_MULTIPLE_OF_PREVIOUS", multiple.multiple().toPlainString());
        }
        if (rule instanceof TargetRule.UpByAtLeastPoints points) {
            return Texts.text(locale, "target.rule.UP_BY_AT_LEAST_POINTS", points.points().toPlainString());
        }
        return Texts.text(locale, "target.rule.HIGHER_THAN_PREVIOUS");
    }
}
