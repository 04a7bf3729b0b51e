package jp.go.mhlw.kpi.domain.model.lineage;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * Where one figure comes from, as its drill-down shows it: the submissions it was computed from (request, body,
 * version), the normalisation applied and the formula, in words and with its numbers.
 *
 * @param submissions   the submissions, by request number; empty on a public page, which shows only their number
 * @param unresolved    references whose version is not stored (shown by their kind and id)
 * @param submissionCount how many submissions the figure was computed from; null when not recorded
 * @param normalisation the period normalisations as stored ("R4 (2021-04-01〜2023-03-06) ×1/2"), null when none
 * @param formula       the formula with its numbers filled in ("17 / 128 × 100")
 * @param numerator     null when only the printed formula is known
 * @param denominator   null when only the printed formula is known
 */
public record FigureLineage(FigureUnit unit, List<SubmissionSource> submissions, List<SubmissionReference> unresolved,
                            Integer submissionCount, String normalisation, String formula, BigDecimal numerator,
                            BigDecimal denominator) {

    public FigureLineage {
        Objects.requireNonNull(unit, "unit");
        submissions = List.copyOf(submissions);
        unresolved = List.copyOf(unresolved);
        normalisation = normalisation == null || normalisation.isBlank() ? null : normalisation;
        formula = formula == null ? "" : formula;
    }

    /** A stored value's lineage, its submissions found among the resolved ones. */
    public static FigureLineage of(KpiValue value, Map<SubmissionReference, SubmissionSource> resolved) {
        List<SubmissionReference> inputs = value.getInputs().stream()
                .sorted(Comparator.comparing(SubmissionReference::getKind).thenComparing(SubmissionReference::getSubmissionId))
                .toList();
        List<SubmissionSource> found = inputs.stream().filter(resolved::containsKey).map(resolved::get)
                .sorted(Comparator.comparingLong(SubmissionSource::requestId)
                        .thenComparingInt(SubmissionSource::versionNumber))
                .toList();
        List<SubmissionReference> missing = inputs.stream().filter(reference -> !resolved.containsKey(reference)).toList();
        return new FigureLineage(value.getUnit(), found, missing, inputs.size(), value.normalisation().orElse(null),
                value.getFormula(), value.getNumerator(), value.getDenominator());
    }

    /**
     * A stored value's lineage with one page of its submissions: those found on the page, the references whose
     * version is not stored, and how many submissions the value has in all. The value's inputs are not read.
     */
    public static FigureLineage page(KpiValue value, List<SubmissionSource> page, List<SubmissionReference> unresolved,
                                     int submissionCount) {
        return new FigureLineage(value.getUnit(), page, unresolved, submissionCount, value.normalisation().orElse(null),
                value.getFormula(), value.getNumerator(), value.getDenominator());
    }

    /**
     * A published figure's lineage as the public may read it: how many submissions (null when the version did not
     * record it), the normalisation and the formula, no body and no request.
     */
    public static FigureLineage published(FigureUnit unit, Integer submissionCount, String normalisation,
                                          String formula) {
        return new FigureLineage(unit, List.of(), List.of(), submissionCount, normalisation, formula, null, null);
    }

    /**
     * The formula in words, with the figure's numbers when they are known; a figure adopted from the print was not
     * computed here, which is what is said of it.
     */
    public String formulaInWords(Locale locale) {
        if (isAdoptedAsPrinted()) {
            return Texts.text(locale, "lineage.formula.asPublished");
        }
        return numerator != null && denominator != null
                ? FormulaWording.of(unit, numerator, denominator, locale)
                : FormulaWording.of(unit, normalisation != null, locale);
    }

    /** The normalisation in words: what was applied and why, or that the figure needed none. */
    public String normalisationInWords(Locale locale) {
        String period = normalisation == null ? Texts.text(locale, "lineage.normalisation.none")
                : Texts.text(locale, "lineage.normalisation.period", normalisation);
        return unit == FigureUnit.THOUSAND_YEN ? period + " " + Texts.text(locale, "lineage.normalisation.thousandYen")
                : period;
    }

    /** "20 submissions", or that the count was not recorded with this version. */
    public String submissionCountInWords(Locale locale) {
        return submissionCount == null ? Texts.text(locale, "lineage.count.unknown")
                : submissionCount == 0 ? Texts.text(locale, "lineage.count.none")
                : Texts.text(locale, "lineage.count", String.valueOf(submissionCount));
    }

    /** Taken over from the committee's printed report rather than computed from submissions. */
    public boolean isAdoptedAsPrinted() {
        return (submissionCount == null || submissionCount == 0) && formula.startsWith(KpiValue.AS_PUBLISHED + ":");
    }

    public boolean hasSubmissions() {
        return !submissions.isEmpty() || !unresolved.isEmpty();
    }
}
