package jp.go.mhlw.kpi.domain.model.submission;

import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Phrase;

/**
 * The questions of a training course's participant survey (hub report, slide 35) and their answer options, in the
 * order the template prints them. A course's survey gives the number of respondents per option. The questions' and
 * the options' texts are in the domain bundle.
 */
public enum SurveyQuestion implements Labelled {
    AFFILIATION(5),
    AGE_BRACKET(5),
    KNOWLEDGE(5),
    USEFULNESS(5),
    MOTIVATION(3),
    SATISFACTION(5);

    private final int optionCount;

    SurveyQuestion(int optionCount) {
        this.optionCount = optionCount;
    }

    @Override
    public String bundleKey() {
        return "surveyQuestion." + name();
    }

    /** The answer option at {@code index} (0 for the first the template prints). */
    public Phrase option(int index) {
        Objects.checkIndex(index, optionCount);
        return Phrase.of("surveyQuestion." + name() + ".option" + (index + 1));
    }

    public int optionCount() {
        return optionCount;
    }
}
