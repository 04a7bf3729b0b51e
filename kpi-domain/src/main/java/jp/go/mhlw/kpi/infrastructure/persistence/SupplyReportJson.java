package jp.go.mhlw.kpi.infrastructure.persistence;

import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.array;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.bool;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.constant;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.decimal;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.integer;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.object;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.objectOrNull;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.objects;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.put;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.text;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.whole;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.supply.AffectedLot;
import jp.go.mhlw.kpi.domain.model.supply.Alternative;
import jp.go.mhlw.kpi.domain.model.supply.Cause;
import jp.go.mhlw.kpi.domain.model.supply.CauseCategory;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.ContactPerson;
import jp.go.mhlw.kpi.domain.model.supply.DeviceClass;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;

/**
 * The stored form of a {@link SupplyReport} (a filed version's or a draft's content): a JSON object whose member
 * names are the report's field names ({@code SupplyReportField#fieldName()}), enums by constant name, dates as
 * ISO dates, decimals exactly as entered (in their plain form, see {@link StoredJson}). Blank fields are left out.
 * {@code "format"} numbers the layout, so that a later layout can still read the versions filed under this one:
 * versions are never rewritten.
 */
final class SupplyReportJson {

    static final int FORMAT = 1;

    private SupplyReportJson() {
    }

    static String write(SupplyReport report) {
        JsonObjectBuilder json = object().add("format", FORMAT);
        put(json, "productName", report.productName());
        put(json, "approvalNumber", report.approvalNumber());
        put(json, "jmdnCode", report.jmdnCode());
        put(json, "deviceClass", report.deviceClass());
        if (!report.affectedLots().isEmpty()) {
            JsonArrayBuilder lots = array();
            for (AffectedLot lot : report.affectedLots()) {
                JsonObjectBuilder member = object();
                put(member, "model", lot.model());
                put(member, "lotNumber", lot.lotNumber());
                put(member, "quantity", lot.quantity());
                lots.add(member);
            }
            json.add("affectedLots", lots);
        }
        put(json, "disruptionKind", report.disruptionKind());
        if (report.cause() != null) {
            JsonObjectBuilder cause = object().add("category", report.cause().category().name());
            put(cause, "detail", report.cause().detail());
            json.add("cause", cause);
        }
        put(json, "startDate", report.startDate());
        put(json, "expectedRecoveryOrEndDate", report.expectedRecoveryOrEndDate());
        put(json, "stockOnHand", report.stockOnHand());
        put(json, "stockMonths", report.stockMonths());
        put(json, "monthlyDemand", report.monthlyDemand());
        put(json, "marketSharePercent", report.marketSharePercent());
        if (!report.alternatives().isEmpty()) {
            JsonArrayBuilder alternatives = array();
            for (Alternative alternative : report.alternatives()) {
                JsonObjectBuilder member = object()
                        .add("productName", alternative.productName())
                        .add("makerName", alternative.makerName());
                put(member, "makerOrganisationCode", alternative.makerOrganisationCode());
                alternatives.add(member);
            }
            json.add("alternatives", alternatives);
        }
        if (report.noAlternativeAvailable()) {
            json.add("noAlternativeAvailable", true);
        }
        put(json, "assessedImpact", report.assessedImpact());
        put(json, "impactReasoning", report.impactReasoning());
        put(json, "informationGiven", report.informationGiven());
        if (report.contact() != null) {
            JsonObjectBuilder contact = object();
            put(contact, "name", report.contact().name());
            put(contact, "department", report.contact().department());
            put(contact, "phone", report.contact().phone());
            put(contact, "email", report.contact().email());
            json.add("contact", contact);
        }
        return StoredJson.write(json.build());
    }

    /**
     * The report of a stored text in this layout.
     *
     * @throws IllegalArgumentException when the text is no JSON or does not follow the layout (the message says where)
     */
    static SupplyReport read(String stored) {
        if (!(StoredJson.read(stored) instanceof JsonObject json)) {
            throw new IllegalArgumentException("A stored supply report is a JSON object");
        }
        Integer format = integer(json, "format");
        if (format == null || format != FORMAT) {
            throw new IllegalArgumentException("Stored supply report in format " + format + ", this version reads " + FORMAT);
        }
        SupplyReport.Builder report = SupplyReport.builder()
                .productName(text(json, "productName"))
                .approvalNumber(text(json, "approvalNumber"))
                .jmdnCode(text(json, "jmdnCode"))
                .deviceClass(constant(json, "deviceClass", DeviceClass::valueOf))
                .disruptionKind(constant(json, "disruptionKind", DisruptionKind::valueOf))
                .startDate(constant(json, "startDate", LocalDate::parse))
                .expectedRecoveryOrEndDate(constant(json, "expectedRecoveryOrEndDate", LocalDate::parse))
                .stockOnHand(whole(json, "stockOnHand"))
                .stockMonths(decimal(json, "stockMonths"))
                .monthlyDemand(whole(json, "monthlyDemand"))
                .marketSharePercent(decimal(json, "marketSharePercent"))
                .noAlternativeAvailable(Boolean.TRUE.equals(bool(json, "noAlternativeAvailable")))
                .assessedImpact(constant(json, "assessedImpact", ClinicalImpact::valueOf))
                .impactReasoning(text(json, "impactReasoning"))
                .informationGiven(text(json, "informationGiven"));
        List<AffectedLot> lots = new ArrayList<>();
        for (JsonObject lot : objects(json, "affectedLots")) {
            lots.add(new AffectedLot(text(lot, "model"), text(lot, "lotNumber"), whole(lot, "quantity")));
        }
        report.affectedLots(lots);
        JsonObject cause = objectOrNull(json, "cause");
        if (cause != null) {
            report.cause(new Cause(constant(cause, "category", CauseCategory::valueOf), text(cause, "detail")));
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (JsonObject alternative : objects(json, "alternatives")) {
            alternatives.add(new Alternative(text(alternative, "productName"), text(alternative, "makerName"),
                    text(alternative, "makerOrganisationCode")));
        }
        report.alternatives(alternatives);
        JsonObject contact = objectOrNull(json, "contact");
        if (contact != null) {
            report.contact(new ContactPerson(text(contact, "name"), text(contact, "department"),
                    text(contact, "phone"), text(contact, "email")));
        }
        return report.build();
    }
}
