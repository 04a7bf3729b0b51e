package jp.go.mhlw.kpi.domain.model.accountrequest;

import java.util.List;
import java.util.Optional;

public interface AccountRequestRepository {

    Optional<AccountRequest> find(long id);

    /** Every request, newest first. */
    List<AccountRequest> findAll();

    /** The requests with this 法人番号 (13 ASCII digits) in this status. */
    List<AccountRequest> findByCorporateNumber(String corporateNumber, AccountRequestStatus status);

    /** Stores a new request; changes to a loaded one are stored with its transaction. */
    /** How many requests stand in this status (counted by the database). */
    long countByStatus(AccountRequestStatus status);

    void store(AccountRequest request);
}
