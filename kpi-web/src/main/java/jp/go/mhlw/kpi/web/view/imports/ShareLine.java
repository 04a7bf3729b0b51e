package jp.go.mhlw.kpi.web.view.imports;

import java.io.Serializable;
import jp.go.mhlw.kpi.domain.computation.DisplayRounding;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;

/** A share as the committee prints it ("13.3%") with what it was computed from ("17 / 128"). */
public final class ShareLine implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ShareLine NONE = new ShareLine("—", "—");
    private final String share;
    private final String counts;

    private ShareLine(String share, String counts) {
        this.share = share;
        this.counts = counts;
    }

    /** The figure's share and counts; a dash for both when there is no figure (nothing to divide by). */
    static ShareLine of(KpiFigure figure) {
        return figure == null ? NONE : new ShareLine(display(figure), counts(figure.numerator().toBigInteger().longValueExact(),
                figure.denominator().toBigInteger().longValueExact()));
    }

    static String counts(long part, long whole) {
        return part + " / " + whole;
    }

    static String display(KpiFigure figure) {
        return figure == null ? "—" : DisplayRounding.format(figure);
    }

    public String getShare() {
        return share;
    }

    public String getCounts() {
        return counts;
    }

    @Override
    public String toString() {
        return share + " (" + counts + ")";
    }
}
