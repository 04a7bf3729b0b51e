package jp.go.mhlw.kpi.application.accountrequest;

/**
 * A manufacturer's account request as typed on the public page; {@link AccountRequests#submit} checks it.
 *
 * @param clientAddress where it came from (the page's client address), for the per-address limit; not stored
 */
public record AccountRequestEntry(String companyNameJa, String companyNameEn, String corporateNumber,
                                  String contactLastName, String contactFirstName, String email, String phone,
                                  String clientAddress) {
}
