package jp.go.mhlw.kpi.domain.model.supply;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How long supply lasts, at a glance, for MHLW's triage: the months the manufacturer's own stock covers at the
 * monthly demand of its latest report, and what the makers of alternatives answered, summed: their extra monthly
 * capacity as a share of that demand and their stock in months of it. Each maker counts with its latest answer;
 * a maker that has not answered yet is listed and left out of the sums, as is a figure an answer left blank.
 * A figure that cannot be computed (missing, or no demand to divide by) is empty, never 0. Quotients keep 16
 * significant digits; rounding is for display only. A class with getters so that Faces pages can show it.
 */
public final class SupplyCoverage {

    /**
     * Least covered first: the fewest months of own supply, unknown last; among equals, the one with the least known
     * help from alternatives (none known first).
     */
    public static final Comparator<SupplyCoverage> LEAST_COVERED_FIRST = Comparator
            .comparing(SupplyCoverage::getOwnMonths, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(SupplyCoverage::getCapacitySharePercent, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Long stockOnHand;
    private final Long monthlyDemand;
    private final List<MakerAnswer> answers;
    private final List<String> notAnswered;

    private SupplyCoverage(Long stockOnHand, Long monthlyDemand, List<MakerAnswer> answers, List<String> notAnswered) {
        this.stockOnHand = stockOnHand;
        this.monthlyDemand = monthlyDemand;
        this.answers = List.copyOf(answers);
        this.notAnswered = List.copyOf(notAnswered);
    }

    /** From the latest filed report (none before the first) and MHLW's requests to the makers of alternatives. */
    public static SupplyCoverage of(SupplyReport latestReport, List<StockRequest> stockRequests) {
        Map<String, StockAnswer> latestAnswers = new LinkedHashMap<>();
        for (StockRequest request : stockRequests) {
            latestAnswers.putIfAbsent(request.makerOrganisationCode(), null);
            request.stockAnswer().ifPresent(answer -> latestAnswers.put(request.makerOrganisationCode(), answer));
        }
        List<MakerAnswer> answers = new ArrayList<>();
        List<String> notAnswered = new ArrayList<>();
        latestAnswers.forEach((maker, answer) -> {
            if (answer == null) {
                notAnswered.add(maker);
            } else {
                answers.add(new MakerAnswer(maker, answer.stockOnHand(), answer.additionalMonthlyCapacity()));
            }
        });
        return latestReport == null ? new SupplyCoverage(null, null, answers, notAnswered)
                : new SupplyCoverage(latestReport.stockOnHand(), latestReport.monthlyDemand(), answers, notAnswered);
    }

    /** The case's coverage as the case itself stands. */
    public static SupplyCoverage of(SupplyCase supplyCase) {
        return of(supplyCase.latestVersion().map(ReportVersion::content).orElse(null), supplyCase.stockRequests());
    }

    /** Units in stock at the manufacturer, as its latest report says; null when not given. */
    public Long getStockOnHand() {
        return stockOnHand;
    }

    /** Units needed per month, as the latest report says; null when not given. */
    public Long getMonthlyDemand() {
        return monthlyDemand;
    }

    /** Months the manufacturer's own stock covers: stock on hand / monthly demand; null when unknown. */
    public BigDecimal getOwnMonths() {
        return monthsOf(stockOnHand);
    }

    /** The makers of alternatives that answered, each with its latest answer, in the order they were asked. */
    public List<MakerAnswer> getAnswers() {
        return answers;
    }

    /** The organisation codes of the makers asked that have not answered; not counted in the sums. */
    public List<String> getNotAnswered() {
        return notAnswered;
    }

    /** The answered makers' extra monthly capacity, summed over those who gave it; null when none did. */
    public Long getAlternativeCapacity() {
        return sum(MakerAnswer::monthlyCapacity);
    }

    /** That capacity as a share of the monthly demand, in percent; null when unknown. */
    public BigDecimal getCapacitySharePercent() {
        return divideByDemand(getAlternativeCapacity()).map(share -> share.multiply(HUNDRED, PRECISION)).orElse(null);
    }

    /** The answered makers' stock, summed over those who gave it; null when none did. */
    public Long getAlternativeStock() {
        return sum(MakerAnswer::stockOnHand);
    }

    /** Months of demand that stock covers; null when unknown. */
    public BigDecimal getAlternativeStockMonths() {
        return monthsOf(getAlternativeStock());
    }

    /** True when an answered maker left a figure blank, so that its sum counts fewer makers than answered. */
    public boolean isAnswerIncomplete() {
        return answers.stream().anyMatch(answer -> answer.stockOnHand() == null || answer.monthlyCapacity() == null);
    }

    private BigDecimal monthsOf(Long units) {
        return divideByDemand(units).orElse(null);
    }

    private Optional<BigDecimal> divideByDemand(Long units) {
        if (units == null || monthlyDemand == null || monthlyDemand == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(units).divide(BigDecimal.valueOf(monthlyDemand), PRECISION));
    }

    private Long sum(Function<MakerAnswer, Long> figure) {
        List<Long> given = answers.stream().map(figure).filter(Objects::nonNull).toList();
        return given.isEmpty() ? null : given.stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return "own " + getOwnMonths() + " months, alternatives " + getCapacitySharePercent() + "% of demand";
    }

    /** One maker's latest answer: its stock and extra monthly capacity, either null when left blank. */
    public record MakerAnswer(String makerOrganisationCode, Long stockOnHand, Long monthlyCapacity) {

        /** For Faces pages, which read getters. */
        public String getMaker() {
            return makerOrganisationCode;
        }

        public Long getStock() {
            return stockOnHand;
        }

        public Long getCapacity() {
            return monthlyCapacity;
        }
    }
}
