package jp.go.mhlw.kpi.application.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;

/** A cycle's public key, as it appears in addresses and file names: "PLAN-2-FY2023". */
public final class CycleKeys {

    private static final Pattern KEY = Pattern.compile("([A-Z0-9][A-Z0-9-]{0,30})-FY(\\d{4})");

    private CycleKeys() {
    }

    public static String of(FollowUpCycle cycle) {
        return cycle.getPlan().getCode() + "-" + cycle.getFiscalYear().westernName();
    }

    /** The plan code and fiscal year of a key; empty for anything else. */
    public static Optional<Parsed> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Matcher matcher = KEY.matcher(key.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(2));
        return year < 1989 ? Optional.empty() : Optional.of(new Parsed(matcher.group(1), year));
    }

    public record Parsed(String planCode, int fiscalYear) {
    }
}
