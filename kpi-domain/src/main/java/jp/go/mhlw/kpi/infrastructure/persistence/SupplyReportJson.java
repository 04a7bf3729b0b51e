package jp.go.mhlw.kpi.infrastructure.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * ISO dates, decimals exactly as entered. Blank fields are left out. {@code "format"} numbers the layout, so that a
 * later layout can still read the versions filed under this one: versions are never rewritten.
 */
final class SupplyReportJson {

    static final int FORMAT = 1;

    private SupplyReportJson() {
    }

    static String write(SupplyReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        put(json, "productName", report.productName());
        put(json, "approvalNumber", report.approvalNumber());
        put(json, "jmdnCode", report.jmdnCode());
        put(json, "deviceClass", name(report.deviceClass()));
        if (!report.affectedLots().isEmpty()) {
            json.put("affectedLots", report.affectedLots().stream().map(lot -> {
                Map<String, Object> member = new LinkedHashMap<>();
                put(member, "model", lot.model());
                put(member, "lotNumber", lot.lotNumber());
                put(member, "quantity", lot.quantity());
                return member;
            }).toList());
        }
        put(json, "disruptionKind", name(report.disruptionKind()));
        if (report.cause() != null) {
            Map<String, Object> cause = new LinkedHashMap<>();
            cause.put("category", report.cause().category().name());
            put(cause, "detail", report.cause().detail());
            json.put("cause", cause);
        }
        put(json, "startDate", text(report.startDate()));
        put(json, "expectedRecoveryOrEndDate", text(report.expectedRecoveryOrEndDate()));
        put(json, "stockOnHand", report.stockOnHand());
        put(json, "stockMonths", report.stockMonths());
        put(json, "monthlyDemand", report.monthlyDemand());
        put(json, "marketSharePercent", report.marketSharePercent());
        if (!report.alternatives().isEmpty()) {
            json.put("alternatives", report.alternatives().stream().map(alternative -> {
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("productName", alternative.productName());
                member.put("makerName", alternative.makerName());
                put(member, "makerOrganisationCode", alternative.makerOrganisationCode());
                return member;
            }).toList());
        }
        if (report.noAlternativeAvailable()) {
            json.put("noAlternativeAvailable", true);
        }
        put(json, "assessedImpact", name(report.assessedImpact()));
        put(json, "impactReasoning", report.impactReasoning());
        put(json, "informationGiven", report.informationGiven());
        if (report.contact() != null) {
            Map<String, Object> contact = new LinkedHashMap<>();
            put(contact, "name", report.contact().name());
            put(contact, "department", report.contact().department());
            put(contact, "phone", report.contact().phone());
            put(contact, "email", report.contact().email());
            json.put("contact", contact);
        }
        return JsonText.write(json);
    }

    static SupplyReport read(String stored) {
        if (!(JsonText.read(stored) instanceof Map<?, ?> json)) {
            throw new IllegalArgumentException("A stored supply report is a JSON object");
        }
        BigDecimal format = (BigDecimal) json.get("format");
        if (format == null || format.intValueExact() != FORMAT) {
            throw new IllegalArgumentException("Stored supply report in format " + format + ", this version reads " + FORMAT);
        }
        SupplyReport.Builder report = SupplyReport.builder()
                .productName(string(json, "productName"))
                .approvalNumber(string(json, "approvalNumber"))
                .jmdnCode(string(json, "jmdnCode"))
                .deviceClass(constant(json, "deviceClass", DeviceClass::valueOf))
                .disruptionKind(constant(json, "disruptionKind", DisruptionKind::valueOf))
                .startDate(constant(json, "startDate", LocalDate::parse))
                .expectedRecoveryOrEndDate(constant(json, "expectedRecoveryOrEndDate", LocalDate::parse))
                .stockOnHand(whole(json, "stockOnHand"))
                .stockMonths((BigDecimal) json.get("stockMonths"))
                .monthlyDemand(whole(json, "monthlyDemand"))
                .marketSharePercent((BigDecimal) json.get("marketSharePercent"))
                .noAlternativeAvailable(Boolean.TRUE.equals(json.get("noAlternativeAvailable")))
                .assessedImpact(constant(json, "assessedImpact", ClinicalImpact::valueOf))
                .impactReasoning(string(json, "impactReasoning"))
                .informationGiven(string(json, "informationGiven"));
        List<AffectedLot> lots = new ArrayList<>();
        for (Map<?, ?> lot : objects(json, "affectedLots")) {
            lots.add(new AffectedLot(string(lot, "model"), string(lot, "lotNumber"), whole(lot, "quantity")));
        }
        report.affectedLots(lots);
        if (json.get("cause") instanceof Map<?, ?> cause) {
            report.cause(new Cause(constant(cause, "category", CauseCategory::valueOf), string(cause, "detail")));
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (Map<?, ?> alternative : objects(json, "alternatives")) {
            alternatives.add(new Alternative(string(alternative, "productName"), string(alternative, "makerName"),
                    string(alternative, "makerOrganisationCode")));
        }
        report.alternatives(alternatives);
        if (json.get("contact") instanceof Map<?, ?> contact) {
            report.contact(new ContactPerson(string(contact, "name"), string(contact, "department"),
                    string(contact, "phone"), string(contact, "email")));
        }
        return report.build();
    }

    private static void put(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String string(Map<?, ?> json, String name) {
        return (String) json.get(name);
    }

    private static Long whole(Map<?, ?> json, String name) {
        BigDecimal value = (BigDecimal) json.get(name);
        return value == null ? null : value.longValueExact();
    }

    private static <T> T constant(Map<?, ?> json, String name, Function<String, T> parse) {
        String value = string(json, name);
        return value == null ? null : parse.apply(value);
    }

    private static List<Map<?, ?>> objects(Map<?, ?> json, String name) {
        Object value = json.get(name);
        if (value == null) {
            return List.of();
        }
        List<Map<?, ?>> objects = new ArrayList<>();
        for (Object element : (List<?>) value) {
            objects.add((Map<?, ?>) element);
        }
        return objects;
    }
}
