package jp.go.mhlw.kpi.web.view.cycle;

import java.io.Serializable;
import java.time.LocalDate;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;

/** The three survey-date inputs of the cycle screens (opening, dashboard), as typed or picked. */
public class SurveyDateFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate reference;
    private LocalDate previousSnapshot;
    private LocalDate currentSnapshot;

    static SurveyDateFields of(SurveyDates dates) {
        SurveyDateFields fields = new SurveyDateFields();
        fields.reference = dates.reference();
        fields.previousSnapshot = dates.previousSnapshot();
        fields.currentSnapshot = dates.currentSnapshot();
        return fields;
    }

    SurveyDates toSurveyDates() {
        return new SurveyDates(reference, previousSnapshot, currentSnapshot);
    }

    public LocalDate getReference() {
        return reference;
    }

    public void setReference(LocalDate reference) {
        this.reference = reference;
    }

    public LocalDate getPreviousSnapshot() {
        return previousSnapshot;
    }

    public void setPreviousSnapshot(LocalDate previousSnapshot) {
        this.previousSnapshot = previousSnapshot;
    }

    public LocalDate getCurrentSnapshot() {
        return currentSnapshot;
    }

    public void setCurrentSnapshot(LocalDate currentSnapshot) {
        this.currentSnapshot = currentSnapshot;
    }
}
