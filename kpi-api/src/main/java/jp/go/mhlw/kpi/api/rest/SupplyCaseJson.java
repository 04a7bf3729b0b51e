package jp.go.mhlw.kpi.api.rest;

import static jp.go.mhlw.kpi.domain.shared.InputLimits.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.api.openapi.EnumSchemas;
import jp.go.mhlw.kpi.application.supply.CaseTimelineEntry;
import jp.go.mhlw.kpi.application.supply.TimelineEvent;
import jp.go.mhlw.kpi.application.supply.TimelineField;
import jp.go.mhlw.kpi.domain.model.supply.AffectedLot;
import jp.go.mhlw.kpi.domain.model.supply.Alternative;
import jp.go.mhlw.kpi.domain.model.supply.Cause;
import jp.go.mhlw.kpi.domain.model.supply.CauseCategory;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.ContactPerson;
import jp.go.mhlw.kpi.domain.model.supply.DeviceClass;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportDraft;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSummary;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCoverage;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportLimits;
import jp.go.mhlw.kpi.domain.shared.InvalidValueException;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON of the supply-case API (JSON-B records). Enumerated values travel as their constant names and are
 * checked here, so that a wrong value is answered with the field and the allowed values (400); dates are ISO
 * dates, instants ISO instants in UTC. Field names are the report's field names, as in every violation.
 */
public final class SupplyCaseJson {

    /** How the OpenAPI document states the limits that are not a schema keyword. */
    private static final String DATES = "from " + EARLIEST_YEAR + "-01-01 to " + LATEST_YEAR + "-12-31";
    private static final String PLACES = "at most " + DECIMAL_PLACES + " decimal places";
    private static final String PARAGRAPHS = "line breaks and tabs allowed, no other control characters";

    private SupplyCaseJson() {
    }

    // ---- requests and the report itself ----------------------------------------------------------------------

    /**
     * The content of a supply report, as forms 10-2 and 10-3 (様式10-2/10-3) ask it.
     *
     * @param productName               販売名
     * @param approvalNumber            承認・認証・届出番号
     * @param jmdnCode                  JMDNコード
     * @param deviceClass               クラス分類
     * @param affectedLots              対象の型式・ロット
     * @param disruptionKind            事象の種類
     * @param cause                     原因
     * @param startDate                 発生日
     * @param expectedRecoveryOrEndDate 回復見込み日・供給終了日
     * @param stockOnHand               在庫数量
     * @param stockMonths               在庫の充足月数
     * @param monthlyDemand             月間需要
     * @param marketSharePercent        市場シェア(%)
     * @param alternatives              代替品
     * @param noAlternativeAvailable    代替品なし
     * @param assessedImpact            臨床的影響の評価
     * @param impactReasoning           臨床的影響の評価理由
     * @param informationGiven          医療機関・学会への情報提供
     * @param contact                   担当者連絡先
     */
    @Schema(name = "SupplyReport", description = "The content of a supply report (forms 10-2 and 10-3). Every field may be "
            + "left out in a first report; which fields each kind of report requires is checked on filing (422).")
    public record Report(
            @Schema(description = "Product name (sales name)", maxLength = PRODUCT_NAME_LENGTH) String productName,
            @Schema(description = "Approval, certification or notification number", maxLength = CODE_LENGTH)
            String approvalNumber,
            @Schema(description = "JMDN code (eight digits)", pattern = "\\d{8}") String jmdnCode,
            @Schema(description = "Device class", implementation = DeviceClass.class)
            String deviceClass,
            List<Lot> affectedLots,
            @Schema(description = "Kind of disruption", implementation = DisruptionKind.class)
            String disruptionKind,
            DisruptionCause cause,
            @Schema(description = "Start date, " + DATES, type = SchemaType.STRING, format = "date")
            LocalDate startDate,
            @Schema(description = "Expected recovery or end date, " + DATES, type = SchemaType.STRING,
                    format = "date") LocalDate expectedRecoveryOrEndDate,
            @Schema(description = "Units in stock", type = SchemaType.INTEGER, format = "int64", minimum = "0",
                    maximum = "" + MAX_QUANTITY) Long stockOnHand,
            @Schema(description = "Months the stock covers, " + PLACES, minimum = "0", maximum = "" + MAX_MONTHS)
            BigDecimal stockMonths,
            @Schema(description = "Units per month", type = SchemaType.INTEGER, format = "int64", minimum = "0",
                    maximum = "" + MAX_QUANTITY) Long monthlyDemand,
            @Schema(description = "Market share in percent, if known, " + PLACES, minimum = "0", maximum = "100")
            BigDecimal marketSharePercent,
            List<AlternativeProduct> alternatives,
            @Schema(description = "No alternative is available; not together with alternatives")
            Boolean noAlternativeAvailable,
            @Schema(description = "Clinical impact assessment",
                    implementation = ClinicalImpact.class) String assessedImpact,
            @Schema(description = "Reasons for the assessment; " + PARAGRAPHS, maxLength = LONG_TEXT_LENGTH)
            String impactReasoning,
            @Schema(description = "Information given to hospitals and societies; " + PARAGRAPHS,
                    maxLength = LONG_TEXT_LENGTH) String informationGiven,
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
                    problems.add(jp.go.mhlw.kpi.domain.shared.Problem.at(path + "cause.category", "input.json.required", path + "cause.category"));
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
            SupplyReport built = problems.build(path.isEmpty() ? "report" : path.substring(0, path.length() - 1),
                    report::build).orElseThrow(problems::toException);
            SupplyReportLimits.violations(built).forEach(violation -> problems.add(path, violation));
            problems.throwIfAny();
            return built;
        }
    }

    /** 型式・ロット. */
    @Schema(name = "AffectedLot", description = "A model or a lot number or both, and the quantity if known")
    public record Lot(@Schema(maxLength = NAME_LENGTH) String model, @Schema(maxLength = CODE_LENGTH) String lotNumber,
            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "" + MAX_QUANTITY)
            Long quantity) {
    }

    /** 原因. */
    @Schema(name = "Cause", description = "A category, and a description (required for OTHER)")
    public record DisruptionCause(@Schema(implementation = CauseCategory.class, required = true) String category,
            @Schema(maxLength = LONG_TEXT_LENGTH, description = PARAGRAPHS) String detail) {
    }

    /** 代替品. */
    @Schema(name = "AlternativeProduct", description = "Product and maker; the maker's organisation code if it uses "
            + "the platform")
    public record AlternativeProduct(@Schema(required = true, maxLength = PRODUCT_NAME_LENGTH) String productName,
            @Schema(required = true, maxLength = NAME_LENGTH) String makerName,
            @Schema(maxLength = CODE_LENGTH) String makerOrganisationCode) {
    }

    /** 担当者連絡先. */
    @Schema(name = "ContactPerson", description = "A name and a phone number or e-mail address")
    public record Contact(@Schema(maxLength = NAME_LENGTH) String name,
            @Schema(maxLength = NAME_LENGTH) String department,
            @Schema(maxLength = PHONE_LENGTH, description = "Digits, spaces, hyphens, parentheses, a leading +, "
                    + "an extension", pattern = "\\+?[0-9 ()\\-]{4,}.*") String phone,
            @Schema(maxLength = EMAIL_LENGTH, format = "email") String email) {
    }

    @Schema(name = "FileReportRequest", description = "A report to add to a case as its next version")
    public record FileReport(
            @Schema(required = true, description = "Kind of report",
                    implementation = ReportKind.class) String kind,
            @Schema(required = true) Report report) {

        ReportKind kindToDomain() {
            Problems problems = new Problems();
            ReportKind reportKind = problems.constant("kind", kind, ReportKind.class);
            if (kind == null) {
                problems.add(jp.go.mhlw.kpi.domain.shared.Problem.at("kind", "input.json.required", "kind"));
            }
            if (report == null) {
                problems.add(jp.go.mhlw.kpi.domain.shared.Problem.at("report", "input.json.required", "report"));
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
            @Schema(implementation = SupplyCaseState.class) String state,
            String stateLabelJa,
            String stateLabelEn,
            boolean terminationPath,
            Instant openedAt,
            @Schema(implementation = CloseReason.class) String closeReason,
            List<Version> versions,
            @Schema(description = "The draft of the next report; only for the case's own manufacturer") Draft draft,
            List<TimelineEntry> timeline,
            @Schema(description = "How long supply lasts; only for ministry officers") Coverage coverage) {

        static Case of(SupplyCase supplyCase, List<CaseTimelineEntry> timeline) {
            return of(supplyCase, timeline, null);
        }

        static Case of(SupplyCase supplyCase, List<CaseTimelineEntry> timeline, Coverage coverage) {
            return new Case(supplyCase.caseNumber(), supplyCase.manufacturerOrganisationCode(), supplyCase.product().name(),
                    supplyCase.product().approvalNumber(), supplyCase.state().name(),
                    supplyCase.state().label(Texts.JAPANESE), supplyCase.state().label(Texts.ENGLISH),
                    supplyCase.isOnTerminationPath(), supplyCase.openedAt(),
                    supplyCase.closeReason().map(Enum::name).orElse(null),
                    supplyCase.versions().stream().map(Version::of).toList(),
                    supplyCase.draft().map(Draft::of).orElse(null), timeline.stream().map(TimelineEntry::of).toList(),
                    coverage);
        }
    }

    /**
     * MHLW's decisions, the consultations, requests, answers and support on a case, oldest first, as far as the
     * caller may see them: a stock answer's figures only where its maker agreed to share them.
     */
    @Schema(name = "SupplyCaseTimelineEntry", description = "A decision or contribution on a case with who and when")
    public record TimelineEntry(
            @Schema(implementation = TimelineEvent.class) String event,
            String eventLabelJa, String eventLabelEn, Instant at,
            String actor,
            String organisationJa, String organisationEn, List<TimelineDetail> details) {

        static TimelineEntry of(CaseTimelineEntry entry) {
            return new TimelineEntry(entry.event().name(), entry.event().label(Texts.JAPANESE),
                    entry.event().label(Texts.ENGLISH), entry.at(), entry.actor(), entry.organisationJa(),
                    entry.organisationEn(), entry.details().stream().map(TimelineDetail::of).toList());
        }
    }

    @Schema(name = "SupplyCaseTimelineDetail", description = "One value of a timeline entry in both languages")
    public record TimelineDetail(
            @Schema(implementation = TimelineField.class) String field,
            String labelJa, String labelEn, String valueJa, String valueEn) {

        static TimelineDetail of(CaseTimelineEntry.Detail detail) {
            return new TimelineDetail(detail.field().name(), detail.label(Texts.JAPANESE), detail.label(Texts.ENGLISH),
                    detail.text(Texts.JAPANESE), detail.text(Texts.ENGLISH));
        }
    }

    /**
     * The coverage at a glance: exact quotients (rounding is the reader's), null where a figure is missing or the
     * monthly demand is 0, never 0 for unknown.
     */
    @Schema(name = "SupplyCoverage", description = "Months of own supply from the latest report, and the summed answers of "
            + "the makers of alternatives (each maker's latest answer; makers that have not answered and blank figures are "
            + "not counted; notAnswered names the makers asked that have not answered). Null where unknown.")
    public record Coverage(
            @Schema(description = "Units in stock, latest report") Long stockOnHand,
            @Schema(description = "Units per month, latest report") Long monthlyDemand,
            @Schema(description = "stockOnHand / monthlyDemand") BigDecimal ownMonths,
            @Schema(description = "Extra monthly capacity of the makers that answered, summed") Long alternativeCapacity,
            @Schema(description = "alternativeCapacity / monthlyDemand, in percent") BigDecimal capacitySharePercent,
            @Schema(description = "Stock of the makers that answered, summed") Long alternativeStock,
            @Schema(description = "alternativeStock / monthlyDemand") BigDecimal alternativeStockMonths,
            List<CoverageAnswer> answers,
            // no @Schema on a list: the server would lose its items (docs/api.md, "The contract")
            List<String> notAnswered) {

        static Coverage of(SupplyCoverage coverage) {
            return new Coverage(coverage.getStockOnHand(), coverage.getMonthlyDemand(), coverage.getOwnMonths(),
                    coverage.getAlternativeCapacity(), coverage.getCapacitySharePercent(), coverage.getAlternativeStock(),
                    coverage.getAlternativeStockMonths(), coverage.getAnswers().stream().map(answer -> new CoverageAnswer(
                            answer.makerOrganisationCode(), answer.stockOnHand(), answer.monthlyCapacity())).toList(),
                    coverage.getNotAnswered());
        }
    }

    @Schema(name = "SupplyCoverageAnswer", description = "A maker's latest answer; a blank figure is null")
    public record CoverageAnswer(String makerOrganisation, Long stockOnHand, Long monthlyCapacity) {
    }

    @Schema(name = "ReportVersion", description = "A filed report, kept as filed")
    public record Version(int number,
            @Schema(implementation = ReportKind.class) String kind,
            String kindLabelJa, String kindLabelEn,
            @Schema(ref = EnumSchemas.REPORT_FORM) String form,
            String filedBy, Instant filedAt, Report report) {

        static Version of(ReportVersion version) {
            return new Version(version.number(), version.kind().name(), version.kind().label(Texts.JAPANESE),
                    version.kind().label(Texts.ENGLISH),
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
                    summary.getApprovalNumber(), summary.getState().name(),
                    summary.getState().label(Texts.JAPANESE), summary.getState().label(Texts.ENGLISH),
                    summary.isOnTerminationPath(), summary.getOpenedAt(),
                    summary.getVersionCount(), name(summary.getLatestReportKind()), summary.getLatestFiledAt(),
                    name(summary.getCloseReason()));
        }
    }

    @Schema(name = "FieldViolation", description = "Why a field was refused, in Japanese and English")
    public record Violation(@Schema(example = "startDate") String field, String messageJa, String messageEn) {

        static Violation of(jp.go.mhlw.kpi.domain.shared.Problem problem) {
            return new Violation(problem.field(), problem.messageJa(), problem.messageEn());
        }
    }

    @Schema(name = "Problem", description = "An error: the HTTP status, a message, and for a 422 every field violation, "
            + "for a 400 every malformed value")
    public record Problem(int status, String message,
            @Schema(description = "The kind of report refused (422)") String kind,
            List<Violation> violations,
            List<Detail> problems) {

        static Problem of(int status, String message) {
            return new Problem(status, message, null, null, null);
        }
    }

    @Schema(name = "ProblemDetail", description = "A malformed value: where it is and what is wrong with it, in English "
            + "(message) and in Japanese and English")
    public record Detail(@Schema(example = "report.deviceClass") String field, String message, String messageJa,
            String messageEn) {

        static Detail of(jp.go.mhlw.kpi.domain.shared.Problem problem) {
            return new Detail(problem.field(), problem.messageEn(), problem.messageJa(), problem.messageEn());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Collects what is malformed in a request, to answer all of it at once. */
    static final class Problems {

        private final List<jp.go.mhlw.kpi.domain.shared.Problem> problems = new ArrayList<>();

        <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip());
            } catch (IllegalArgumentException unknown) {
                add(jp.go.mhlw.kpi.domain.shared.Problem.at(field, "input.json.notOneOf", field, value, Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", "))));
                return null;
            }
        }

        /** What the domain's constructor makes of the values; its refusal is a problem at the field. */
        <T> Optional<T> build(String field, Supplier<T> construction) {
            try {
                return Optional.ofNullable(construction.get());
            } catch (InvalidValueException refused) {
                add(refused.problem(field));
                return Optional.empty();
            }
        }

        void add(jp.go.mhlw.kpi.domain.shared.Problem problem) {
            problems.add(problem);
        }

        /** A problem of the domain's, at its field below {@code path}. */
        void add(String path, jp.go.mhlw.kpi.domain.shared.Problem problem) {
            problems.add(new jp.go.mhlw.kpi.domain.shared.Problem(path + problem.field(), problem.key(), problem.arguments()));
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw toException();
            }
        }

        BadRequest toException() {
            return new BadRequest("The request body is not a valid supply report", problems);
        }
    }

    /** Mapped to 400 with every problem (see {@link MalformedReportMapper}). */
    public static final class BadRequest extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient List<Detail> details;

        BadRequest(String message, List<jp.go.mhlw.kpi.domain.shared.Problem> problems) {
            super(problems.isEmpty() ? message : message + ": " + problems.stream().map(jp.go.mhlw.kpi.domain.shared.Problem::toString).collect(Collectors.joining("; ")));
            this.details = problems.stream().map(Detail::of).toList();
        }

        List<Detail> details() {
            return details;
        }
    }

}
