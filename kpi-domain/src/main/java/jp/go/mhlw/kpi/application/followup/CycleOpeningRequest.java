package jp.go.mhlw.kpi.application.followup;

import java.time.LocalDate;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;

/**
 * What the secretariat enters to open a cycle's collection. Nulls are allowed here: the service names every missing
 * or wrong field at once.
 *
 * @param planCode                 the Basic Plan, e.g. "PLAN-2"
 * @param fiscalYear               the fiscal year followed up, e.g. 2024 (令和6年度)
 * @param periodStart              first day the bodies report on
 * @param periodEnd                last day the bodies report on
 * @param normalisationNumerator   the factor that brings the period's figures to a year, e.g. 1 of 1/2
 * @param normalisationDenominator e.g. 2 of 1/2
 * @param due                      the bodies' deadline
 * @param reminderDays             days before the deadline to remind on, e.g. "14,7,1"; blank for none
 * @param organisationCodes        the bodies to ask
 */
public record CycleOpeningRequest(String planCode, Integer fiscalYear, LocalDate periodStart, LocalDate periodEnd,
                                  Integer normalisationNumerator, Integer normalisationDenominator, LocalDate due,
                                  String reminderDays, List<String> organisationCodes, SurveyDates surveyDates) {

    public CycleOpeningRequest {
        organisationCodes = organisationCodes == null ? List.of() : List.copyOf(organisationCodes);
    }
}
