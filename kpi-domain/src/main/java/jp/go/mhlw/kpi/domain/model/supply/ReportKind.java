package jp.go.mhlw.kpi.domain.model.supply;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/**
 * The kinds of report a manufacturer files on a supply case. Form 10-2 serves four of them; form 10-3 is the
 * supply-termination notice. Which fields each kind requires is {@link RequiredFields}.
 */
public enum ReportKind implements Labelled {
    /** Sent as soon as a risk is seen: only what is known, blanks allowed. */
    FIRST("10-2"),
    /** After evaluating clinical impact and recovery outlook: every field. */
    ADDITIONAL("10-2"),
    /** Termination with small clinical impact: the fields that form 10-3 requires. */
    SIMPLE("10-2"),
    /** The situation changed enough to affect clinical practice. */
    RE_REPORT("10-2"),
    TERMINATION_NOTICE("10-3");

    private final String formNumber;

    ReportKind(String formNumber) {
        this.formNumber = formNumber;
    }

    /** "10-2" or "10-3" (様式10-2, form 10-2). */
    public String formNumber() {
        return formNumber;
    }

    @Override
    public String bundleKey() {
        return "supply.reportKind." + name();
    }

    /** The label inside a sentence: "additional report" in English, where the label reads "Additional report". */
    public Labelled inSentence() {
        return new InSentence(this);
    }

    /** True for the kinds only filed when supply ends (simple report and 10-3). */
    public boolean belongsToTermination() {
        return this == SIMPLE || this == TERMINATION_NOTICE;
    }
}
