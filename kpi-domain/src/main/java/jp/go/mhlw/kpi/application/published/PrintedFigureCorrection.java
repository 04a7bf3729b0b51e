package jp.go.mhlw.kpi.application.published;

/**
 * A correction of a mistyped printed-figure entry: the new text, source, note and normalisation flag (the figure's
 * key stays), and why it is corrected, for the audit trail.
 */
public record PrintedFigureCorrection(String printedText, String source, String note, boolean printedNormalised,
                                      String reason) {
}
