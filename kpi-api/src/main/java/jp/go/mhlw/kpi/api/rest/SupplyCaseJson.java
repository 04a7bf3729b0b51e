package jp.go.mhlw.kpi.api.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.SupplyCaseSummary;
import jp.go.mhlw.kpi.domain.model.supply.AffectedLot;
import jp.go.mhlw.kpi.domain.model.supply.Alternative;
import jp.go.mhlw.kpi.domain.model.supply.Cause;
import jp.go.mhlw.kpi.domain.model.supply.CauseCategory;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.ContactPerson;
import jp.go.mhlw.kpi.domain.model.supply.DeviceClass;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.FieldViolation;
import jp.go.mhlw.kpi.domain.model.supply.ReportDraft;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON of the supply-case API (JSON-B records). Enumerated values travel as their constant names and are
 * checked here, so that a wrong value is answered with the field and the allowed values (400); dates are ISO
 * dates, instants ISO instants in UTC. Field names are the report's field names, as in every violation.
 */
public final class SupplyCaseJson {

    private SupplyCaseJson() {
    }

    // ---- requests and the report itself ----------------------------------------------------------------------

    @Schema(name = "SupplyReport", description = "様式10-2/10-3 の内容 (the content of a supply report). Every field may be "
            + "left out in a first report; which fields each kind of report requires is checked on filing (422).")
    public record Report(
            @Schema(description = "販売名 (product name)", maxLength = 500) String productName,
            @Schema(description = "承認・認証・届出番号 (approval, certification or notification number)", maxLength = 100)
            String approvalNumber,
            @Schema(description = "JMDNコード (eight digits)", pattern = "\\d{8}") String jmdnCode,
            @Schema(description = "クラス分類 (device class)", enumeration = {"CLASS_I", "CLASS_II", "CLASS_III", "CLASS_IV"})
            String deviceClass,
            @Schema(description = "対象の型式・ロット (affected models and lots)") List<Lot> affectedLots,
            @Schema(description = "事象の種類 (kind of disruption)", enumeration = {"INSTABILITY", "SHORTAGE", "TERMINATION"})
            String disruptionKind,
            DisruptionCause cause,
            @Schema(description = "発生日 (start date)", type = SchemaType.STRING, format = "date") LocalDate startDate,
            @Schema(description = "回復見込み日・供給終了日 (expected recovery or end date)", type = SchemaType.STRING,
                    format = "date") LocalDate expectedRecoveryOrEndDate,
            @Schema(description = "在庫数量 (units in stock)", minimum = "0") Long stockOnHand,
            @Schema(description = "在庫の充足月数 (months the stock covers)", minimum = "0") BigDecimal stockMonths,
            @Schema(description = "月間需要 (units per month)", minimum = "0") Long monthlyDemand,
            @Schema(description = "市場シェア(%) (market share, if known)", minimum = "0", maximum = "100")
            BigDecimal marketSharePercent,
            @Schema(description = "代替品 (alternative products and their makers)") List<AlternativeProduct> alternatives,
            @Schema(description = "代替品なし (no alternative is available); not together with alternatives")
            Boolean noAlternativeAvailable,
            @Schema(description = "臨床的影響の評価 (clinical impact assessment)",
                    enumeration = {"SMALL", "LARGE", "POSSIBLY_LARGE"}) String assessedImpact,
            @Schema(description = "臨床的影響の評価理由 (reasons for the assessment)") String impactReasoning,
            @Schema(description = "医療機関・学会への情報提供 (information given to hospitals and societies)")
            String informationGiven,
            Contact contact) {

        static Report of(SupplyReport report) {
            return new Report(report.productName(), report.approvalNumber(), report.jmdnCode(), name(report.deviceClass()),
                    report.affectedLots().stream().map(lot -> new Lot(lot.model(), lot.lotNumber(), lot.quantity())).toList(),
                    name(report.disruptionKind()),
                    report.cause() == null ? null
                            : new DisruptionCause(report.cause().category().name(), report.cause().detail()),
                    report.startDate(), report.expectedRecoveryOrEndDate(), report.stockOnHand(), report.stockMonths(),
                    report.monthlyDemand(), report.marketSharePercent(),
                    report.alternatives().stream().map(alternative -> new AlternativeProduct(alternative.productName(),
                            alternative.makerName(), alternative.makerOrganisationCode())).toList(),
                    report.noAlternativeAvailable(), name(report.assessedImpact()), report.impactReasoning(),
                    report.informationGiven(),
                    report.contact() == null ? null : new Contact(report.contact().name(), report.contact().department(),
                            report.contact().phone(), report.contact().email()));
        }

        /** The domain's report, or {@link BadRequest} naming every value that no report can hold. */
        SupplyReport toDomain(String path) {
            Problems problems = new Problems();
            SupplyReport.Builder report = SupplyReport.builder()
                    .productName(productName)
                    .approvalNumber(approvalNumber)
                    .jmdnCode(jmdnCode)
                    .deviceClass(problems.constant(path + "deviceClass", deviceClass, DeviceClass.class))
                    .disruptionKind(problems.constant(path + "disruptionKind", disruptionKind, DisruptionKind.class))
                    .startDate(startDate)
                    .expectedRecoveryOrEndDate(expectedRecoveryOrEndDate)
                    .stockOnHand(stockOnHand)
                    .stockMonths(stockMonths)
                    .monthlyDemand(monthlyDemand)
                    .marketSharePercent(marketSharePercent)
                    .noAlternativeAvailable(Boolean.TRUE.equals(noAlternativeAvailable))
                    .assessedImpact(problems.constant(path + "assessedImpact", assessedImpact, ClinicalImpact.class))
                    .impactReasoning(impactReasoning)
                    .informationGiven(informationGiven);
            List<AffectedLot> lots = new ArrayList<>();
            for (int i = 0; affectedLots != null && i < affectedLots.size(); i++) {
                Lot lot = affectedLots.get(i);
                problems.build(path + "affectedLots[" + i + "]", () -> lot == null ? null
                        : new AffectedLot(lot.model(), lot.lotNumber(), lot.quantity())).ifPresent(lots::add);
            }
            report.affectedLots(lots);
            if (cause != null) {
                CauseCategory category = problems.constant(path + "cause.category", cause.category(), CauseCategory.class);
                if (cause.category() == null || cause.category().isBlank()) {
                    problems.add(path + "cause.category", "a cause needs its category");
                } else if (category != null) {
                    report.cause(new Cause(category, cause.detail()));
                }
            }
            List<Alternative> alternativeProducts = new ArrayList<>();
            for (int i = 0; alternatives != null && i < alternatives.size(); i++) {
                AlternativeProduct alternative = alternatives.get(i);
                problems.build(path + "alternatives[" + i + "]", () -> alternative == null ? null
                        : new Alternative(alternative.productName(), alternative.makerName(),
                                alternative.makerOrganisationCode())).ifPresent(alternativeProducts::add);
            }
            report.alternatives(alternativeProducts);
            if (contact != null) {
                report.contact(new ContactPerson(contact.name(), contact.department(), contact.phone(), contact.email()));
            }
            problems.throwIfAny();
            return problems.build(path.isEmpty() ? "report" : path.substring(0, path.length() - 1), report::build)
                    .orElseThrow(problems::toException);
        }
    }

    @Schema(name = "AffectedLot", description = "型式・ロット: a model or a lot number or both, and the quantity if known")
    public record Lot(String model, String lotNumber, @Schema(minimum = "0") Long quantity) {
    }

    @Schema(name = "Cause", description = "原因: a category, and a description (required for OTHER)")
    public record DisruptionCause(@Schema(enumeration = {"RAW_MATERIAL", "MANUFACTURING", "QUALITY", "REGULATORY", "DEMAND_SURGE", "DISASTER",
            "LOGISTICS", "SUPPLIER_WITHDRAWAL", "BUSINESS_DECISION", "OTHER"}, required = true) String category,
            String detail) {
    }

    @Schema(name = "AlternativeProduct", description = "代替品: product and maker; the maker's organisation code if it uses "
            + "the platform")
    public record AlternativeProduct(@Schema(required = true) String productName, @Schema(required = true) String makerName,
            String makerOrganisationCode) {
    }

    @Schema(name = "ContactPerson", description = "担当者連絡先: a name and a phone number or e-mail address")
    public record Contact(String name, String department, String phone, String email) {
    }

    @Schema(name = "FileReportRequest", description = "A report to add to a case as its next version")
    public record FileReport(
            @Schema(required = true, description = "報告の種類 (kind of report)",
                    enumeration = {"FIRST", "ADDITIONAL", "SIMPLE", "RE_REPORT", "TERMINATION_NOTICE"}) String kind,
            @Schema(required = true) Report report) {

        ReportKind kindToDomain() {
            Problems problems = new Problems();
            ReportKind reportKind = problems.constant("kind", kind, ReportKind.class);
            if (kind == null) {
                problems.add("kind", "the kind of report is required");
            }
            if (report == null) {
                problems.add("report", "the report is required");
            }
            problems.throwIfAny();
            return reportKind;
        }
    }

    // ---- responses ---------------------------------------------------------------------------------------------

    @Schema(name = "SupplyCase", description = "A supply case with every filed version, oldest first")
    public record Case(
            @Schema(example = "SC-2026-000123") String caseNumber,
            String manufacturerOrganisation,
            String productName,
            String approvalNumber,
            @Schema(enumeration = {"DRAFT", "REPORTED", "UNDER_TRIAGE", "MONITORING", "RESPONSE_REQUESTED", "COORDINATING",
                    "TERMINATING", "TERMINATION_NOTIFIED", "CLOSED"}) String state,
            String stateLabelJa,
            String stateLabelEn,
            boolean terminationPath,
            Instant openedAt,
            @Schema(enumeration = {"RESOLVED", "TERMINATED", "NO_ACTION_NEEDED"}) String closeReason,
            List<Version> versions,
            @Schema(description = "The draft of the next report; only for the case's own manufacturer") Draft draft) {

        static Case of(SupplyCase supplyCase) {
            return new Case(supplyCase.caseNumber(), supplyCase.manufacturerOrganisationCode(), supplyCase.product().name(),
                    supplyCase.product().approvalNumber(), supplyCase.state().name(), supplyCase.state().labelJa(),
                    supplyCase.state().labelEn(), supplyCase.isOnTerminationPath(), supplyCase.openedAt(),
                    supplyCase.closeReason().map(Enum::name).orElse(null),
                    supplyCase.versions().stream().map(Version::of).toList(),
                    supplyCase.draft().map(Draft::of).orElse(null));
        }
    }

    @Schema(name = "ReportVersion", description = "A filed report, kept as filed")
    public record Version(int number,
            @Schema(enumeration = {"FIRST", "ADDITIONAL", "SIMPLE", "RE_REPORT", "TERMINATION_NOTICE"}) String kind,
            String kindLabelJa, String kindLabelEn,
            @Schema(enumeration = {"10-2", "10-3"}) String form,
            String filedBy, Instant filedAt, Report report) {

        static Version of(ReportVersion version) {
            return new Version(version.number(), version.kind().name(), version.kind().labelJa(), version.kind().labelEn(),
                    version.kind().formNumber(), version.filedBy(), version.filedAt(), Report.of(version.content()));
        }
    }

    @Schema(name = "ReportDraft")
    public record Draft(String kind, String savedBy, Instant savedAt, Report report) {

        static Draft of(ReportDraft draft) {
            return new Draft(draft.kind().name(), draft.savedBy(), draft.savedAt(), Report.of(draft.content()));
        }
    }

    @Schema(name = "SupplyCaseSummary", description = "One line of the case list")
    public record Summary(String caseNumber, String manufacturerOrganisation, String productName, String approvalNumber,
            String state, String stateLabelJa, String stateLabelEn, boolean terminationPath, Instant openedAt,
            int versionCount, String latestReportKind, Instant latestFiledAt, String closeReason) {

        static Summary of(SupplyCaseSummary summary) {
            return new Summary(summary.getCaseNumber(), summary.getManufacturerOrganisationCode(), summary.getProductName(),
                    summary.getApprovalNumber(), summary.getState().name(), summary.getState().labelJa(),
                    summary.getState().labelEn(), summary.isOnTerminationPath(), summary.getOpenedAt(),
                    summary.getVersionCount(), name(summary.getLatestReportKind()), summary.getLatestFiledAt(),
                    name(summary.getCloseReason()));
        }
    }

    @Schema(name = "FieldViolation", description = "Why a field was refused, in Japanese and English")
    public record Violation(@Schema(example = "startDate") String field, String messageJa, String messageEn) {

        static Violation of(FieldViolation violation) {
            return new Violation(violation.field(), violation.messageJa(), violation.messageEn());
        }
    }

    @Schema(name = "Problem", description = "An error: the HTTP status, a message, and for a 422 every field violation, "
            + "for a 400 every malformed value")
    public record Problem(int status, String message,
            @Schema(description = "The kind of report refused (422)") String kind,
            @Schema(description = "Every reason the report was refused (422)") List<Violation> violations,
            @Schema(description = "Every malformed value (400)") List<Detail> problems) {

        static Problem of(int status, String message) {
            return new Problem(status, message, null, null, null);
        }
    }

    @Schema(name = "ProblemDetail", description = "A malformed value: where it is and what is wrong with it")
    public record Detail(@Schema(example = "report.deviceClass") String field, String message) {
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Collects what is malformed in a request, to answer all of it at once. */
    static final class Problems {

        private final List<Detail> details = new ArrayList<>();

        <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip());
            } catch (IllegalArgumentException unknown) {
                add(field, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
                return null;
            }
        }

        <T> Optional<T> build(String field, Supplier<T> construction) {
            try {
                return Optional.ofNullable(construction.get());
            } catch (IllegalArgumentException | NullPointerException refused) {
                add(field, refused.getMessage());
                return Optional.empty();
            }
        }

        void add(String field, String message) {
            details.add(new Detail(field, message));
        }

        void throwIfAny() {
            if (!details.isEmpty()) {
                throw toException();
            }
        }

        BadRequest toException() {
            return new BadRequest("The request body is not a valid supply report: " + details.stream()
                    .map(detail -> detail.field() + ": " + detail.message()).collect(Collectors.joining("; ")), details);
        }
    }

    /** Mapped to 400 with every problem (see {@link MalformedReportMapper}). */
    public static final class BadRequest extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient List<Detail> details;

        BadRequest(String message, List<Detail> details) {
            super(message);
            this.details = List.copyOf(details);
        }

        List<Detail> details() {
            return details;
        }
    }

}
