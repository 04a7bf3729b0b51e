package jp.go.mhlw.kpi.domain.model.supply;

/**
 * The kinds of report a manufacturer files on a supply case. Form 10-2 serves four of them; form 10-3 is the
 * supply-termination notice. Which fields each kind requires is {@link RequiredFields}.
 */
public enum ReportKind implements Labelled {
    /** Sent as soon as a risk is seen: only what is known, blanks allowed. */
    FIRST("10-2", "初回報告", "First report"),
    /** After evaluating clinical impact and recovery outlook: every field. */
    ADDITIONAL("10-2", "追加報告", "Additional report"),
    /** Termination with small clinical impact: the fields that form 10-3 requires. */
    SIMPLE("10-2", "簡易報告", "Simple report"),
    /** The situation changed enough to affect clinical practice. */
    RE_REPORT("10-2", "再報告", "Re-report"),
    TERMINATION_NOTICE("10-3", "供給終了届出書", "Supply-termination notice");

    private final String formNumber;
    private final String labelJa;
    private final String labelEn;

    ReportKind(String formNumber, String labelJa, String labelEn) {
        this.formNumber = formNumber;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    /** "10-2" or "10-3". */
    public String formNumber() {
        return formNumber;
    }

    /** E.g. "様式10-2". */
    public String formNameJa() {
        return "様式" + formNumber;
    }

    /** E.g. "form 10-2". */
    public String formNameEn() {
        return "form " + formNumber;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** True for the kinds only filed when supply ends (simple report and 10-3). */
    public boolean belongsToTermination() {
        return this == SIMPLE || this == TERMINATION_NOTICE;
    }
}
