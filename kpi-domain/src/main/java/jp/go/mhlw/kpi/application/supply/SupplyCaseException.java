package jp.go.mhlw.kpi.application.supply;

import jakarta.ejb.ApplicationException;

/**
 * Why a supply-case service ({@link SupplyFilings}, {@link SupplyCaseHandling}, {@link AssociationSupport}) refused a
 * request, other than an incomplete report ({@link SupplyReportRejectedException}). Application exceptions: they
 * reach the screens and the API as they are, and the transaction rolls back, so nothing of the request is stored.
 */
@ApplicationException(rollback = true)
public abstract class SupplyCaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SupplyCaseException(String message) {
        super(message);
    }

    /**
     * No such case for this caller: it does not exist, or it belongs to another organisation. The two are told
     * apart nowhere, so that nobody learns of another manufacturer's case (screens: not found; API: 404).
     */
    public static final class NotFound extends SupplyCaseException {

        private static final long serialVersionUID = 1L;

        private final String caseNumber;

        NotFound(String caseNumber) {
            super("There is no supply case " + caseNumber + " for you");
            this.caseNumber = caseNumber;
        }

        public String caseNumber() {
            return caseNumber;
        }
    }

    /**
     * The caller may see the case (or is a manufacturer) but may not do this: e.g. its organisation is not a
     * registered manufacturer, or the step belongs to another party (screens: 403 page; API: 403).
     */
    public static final class Forbidden extends SupplyCaseException {

        private static final long serialVersionUID = 1L;

        Forbidden(String message) {
            super(message);
        }
    }

    /** The case does not accept this now, e.g. a second first report, or a change made meanwhile by someone else (409). */
    public static final class Conflict extends SupplyCaseException {

        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    /** An argument no form should send, e.g. blank reasons or a text longer than can be stored (400). */
    public static final class InvalidInput extends SupplyCaseException {

        private static final long serialVersionUID = 1L;

        InvalidInput(String message) {
            super(message);
        }
    }
}
