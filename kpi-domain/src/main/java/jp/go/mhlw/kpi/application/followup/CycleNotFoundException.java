package jp.go.mhlw.kpi.application.followup;

import jakarta.ejb.ApplicationException;

/** There is no follow-up cycle with this id: screens show "not found". */
@ApplicationException(rollback = true)
public class CycleNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CycleNotFoundException(long cycleId) {
        super("There is no follow-up cycle " + cycleId);
    }
}
