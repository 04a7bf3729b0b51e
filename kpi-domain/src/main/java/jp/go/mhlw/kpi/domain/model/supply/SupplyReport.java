package jp.go.mhlw.kpi.domain.model.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.domain.shared.InvalidValueException;

/**
 * The content of one supply report (様式10-2 or 10-3): what a regulator needs to judge a disruption.
 *
 * <p>Every field may be blank here, because a draft or a first report may be incomplete; which fields a kind
 * of report requires is checked by {@link SupplyReportValidator}. What no form may ever produce is refused
 * at once: negative quantities, a market share above 100 %, alternatives listed while "no alternative" is
 * ticked. Blank texts are stored as {@code null}.
 *
 * @param approvalNumber           承認番号, 認証番号 or 届出番号
 * @param jmdnCode                 JMDN code (一般的名称コード), eight digits
 * @param expectedRecoveryOrEndDate expected recovery for instability and shortage, end of supply for termination
 * @param stockOnHand              units in stock at the manufacturer
 * @param stockMonths              months the stock covers at the current demand
 * @param monthlyDemand            units per month
 * @param marketSharePercent       share of the market, if known
 * @param noAlternativeAvailable   the manufacturer states that there is no alternative product
 * @param assessedImpact           the manufacturer's assessment of the clinical impact
 * @param impactReasoning          the reasons for that assessment
 * @param informationGiven         what hospitals and academic societies have been told, and when
 */
public record SupplyReport(
        String productName,
        String approvalNumber,
        String jmdnCode,
        DeviceClass deviceClass,
        List<AffectedLot> affectedLots,
        DisruptionKind disruptionKind,
        Cause cause,
        LocalDate startDate,
        LocalDate expectedRecoveryOrEndDate,
        Long stockOnHand,
        BigDecimal stockMonths,
        Long monthlyDemand,
        BigDecimal marketSharePercent,
        List<Alternative> alternatives,
        boolean noAlternativeAvailable,
        ClinicalImpact assessedImpact,
        String impactReasoning,
        String informationGiven,
        ContactPerson contact) {

    public SupplyReport {
        productName = Text.clean(productName);
        approvalNumber = Text.clean(approvalNumber);
        jmdnCode = Text.clean(jmdnCode);
        affectedLots = affectedLots == null ? List.of() : List.copyOf(affectedLots);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        impactReasoning = Text.clean(impactReasoning);
        informationGiven = Text.clean(informationGiven);
        Numbers.requireNonNegative(stockOnHand, "stockOnHand");
        Numbers.requireNonNegative(stockMonths, "stockMonths");
        Numbers.requireNonNegative(monthlyDemand, "monthlyDemand");
        Numbers.requirePercentage(marketSharePercent, "marketSharePercent");
        if (noAlternativeAvailable && !alternatives.isEmpty()) {
            throw new InvalidValueException("supply.problem.alternativesAndNone");
        }
    }

    /** An empty report, e.g. the start of a draft. */
    public static SupplyReport empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this report's content, e.g. to pre-fill the next report from the previous version. */
    public Builder toBuilder() {
        return new Builder()
                .productName(productName).approvalNumber(approvalNumber).jmdnCode(jmdnCode).deviceClass(deviceClass)
                .affectedLots(affectedLots).disruptionKind(disruptionKind).cause(cause)
                .startDate(startDate).expectedRecoveryOrEndDate(expectedRecoveryOrEndDate)
                .stockOnHand(stockOnHand).stockMonths(stockMonths).monthlyDemand(monthlyDemand)
                .marketSharePercent(marketSharePercent)
                .alternatives(alternatives).noAlternativeAvailable(noAlternativeAvailable)
                .assessedImpact(assessedImpact).impactReasoning(impactReasoning)
                .informationGiven(informationGiven).contact(contact);
    }

    /** Builds a report field by field; the record's checks run on {@link #build()}. */
    public static final class Builder {
        private String productName;
        private String approvalNumber;
        private String jmdnCode;
        private DeviceClass deviceClass;
        private final List<AffectedLot> affectedLots = new ArrayList<>();
        private DisruptionKind disruptionKind;
        private Cause cause;
        private LocalDate startDate;
        private LocalDate expectedRecoveryOrEndDate;
        private Long stockOnHand;
        private BigDecimal stockMonths;
        private Long monthlyDemand;
        private BigDecimal marketSharePercent;
        private final List<Alternative> alternatives = new ArrayList<>();
        private boolean noAlternativeAvailable;
        private ClinicalImpact assessedImpact;
        private String impactReasoning;
        private String informationGiven;
        private ContactPerson contact;

        private Builder() {
        }

        public Builder productName(String value) {
            productName = value;
            return this;
        }

        public Builder approvalNumber(String value) {
            approvalNumber = value;
            return this;
        }

        public Builder jmdnCode(String value) {
            jmdnCode = value;
            return this;
        }

        public Builder deviceClass(DeviceClass value) {
            deviceClass = value;
            return this;
        }

        public Builder affectedLots(List<AffectedLot> values) {
            affectedLots.clear();
            affectedLots.addAll(values);
            return this;
        }

        public Builder affectedLot(AffectedLot value) {
            affectedLots.add(value);
            return this;
        }

        public Builder disruptionKind(DisruptionKind value) {
            disruptionKind = value;
            return this;
        }

        public Builder cause(Cause value) {
            cause = value;
            return this;
        }

        public Builder startDate(LocalDate value) {
            startDate = value;
            return this;
        }

        public Builder expectedRecoveryOrEndDate(LocalDate value) {
            expectedRecoveryOrEndDate = value;
            return this;
        }

        public Builder stockOnHand(Long value) {
            stockOnHand = value;
            return this;
        }

        public Builder stockMonths(BigDecimal value) {
            stockMonths = value;
            return this;
        }

        public Builder monthlyDemand(Long value) {
            monthlyDemand = value;
            return this;
        }

        public Builder marketSharePercent(BigDecimal value) {
            marketSharePercent = value;
            return this;
        }

        public Builder alternatives(List<Alternative> values) {
            alternatives.clear();
            alternatives.addAll(values);
            return this;
        }

        public Builder alternative(Alternative value) {
            alternatives.add(value);
            return this;
        }

        public Builder noAlternativeAvailable(boolean value) {
            noAlternativeAvailable = value;
            return this;
        }

        public Builder assessedImpact(ClinicalImpact value) {
            assessedImpact = value;
            return this;
        }

        public Builder impactReasoning(String value) {
            impactReasoning = value;
            return this;
        }

        public Builder informationGiven(String value) {
            informationGiven = value;
            return this;
        }

        public Builder contact(ContactPerson value) {
            contact = value;
            return this;
        }

        public SupplyReport build() {
            return new SupplyReport(productName, approvalNumber, jmdnCode, deviceClass, affectedLots, disruptionKind,
                    cause, startDate, expectedRecoveryOrEndDate, stockOnHand, stockMonths, monthlyDemand,
                    marketSharePercent, alternatives, noAlternativeAvailable, assessedImpact, impactReasoning,
                    informationGiven, contact);
        }
    }
}
