package jp.go.mhlw.kpi.domain.model.supply;

/** The caller may not do this on this case: wrong role or another organisation's case. */
public class CaseAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseAccessDeniedException(String message) {
        super(message);
    }
}
