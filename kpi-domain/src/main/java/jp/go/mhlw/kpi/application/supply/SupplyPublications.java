package jp.go.mhlw.kpi.application.supply;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Which supply cases MHLW has put on the public list, and whether with the maker's name (infrastructure.persistence). */
public interface SupplyPublications {

    /** Puts the case on the list, or changes whether its maker is shown. */
    void publish(String caseNumber, boolean showMaker, String publishedBy, Instant at);

    /** Takes the case off the list; false when it was not on it. */
    boolean withdraw(String caseNumber);

    /** Empty when the case is not on the list; else whether the maker's name is shown. */
    Optional<Boolean> showsMaker(String caseNumber);

    /** Every published case number, oldest publication first, with whether its maker is shown. */
    Map<String, Boolean> all();
}
