package jp.go.mhlw.kpi.application.admin;

import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;

/**
 * An organisation as the administrator entered it in the form. Code and kind are set when the organisation is
 * created and never change; the 法人番号 may be typed with full-width digits, spaces or hyphens; the hub programme
 * (its code) applies to hubs only. Blank means "none".
 */
public record OrganisationDetails(String code, OrganisationKind kind, String nameJa, String nameEn,
                                  String corporateNumber, String hubProgrammeCode) {
}
