package jp.go.mhlw.kpi.application.accountrequest;

/** A manufacturer's account request as typed on the public page; {@link AccountRequests#submit} checks it. */
public record AccountRequestEntry(String companyNameJa, String companyNameEn, String corporateNumber,
                                  String contactLastName, String contactFirstName, String email, String phone) {
}
