package jp.go.mhlw.kpi.domain.imports;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.GoalDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.KpiDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.Names;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.ReportedBy;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.TargetDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.VisionDefinition;
import jp.go.mhlw.kpi.domain.model.catalogue.Computation;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiKind;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetRuleKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Reads and checks a plan file (docs/plan-file.md) with JSON-P: Parsson, which Payara ships. Every problem is
 * reported at once, each at its JSON path ({@code visions[0].goals[2].kpis[1].code}, {@code ""} for the file) with a
 * key of the domain bundle ({@code planFile.*}); a file with any error gives no plan at all. A computation the
 * application does not know is no error: the KPI is read as typed-in, with a warning saying so.
 *
 * <p>Read strictly, like the stored JSON ({@code infrastructure.persistence.StoredJson}): one JSON value and nothing
 * after it, no member twice, nested no deeper than {@link #MAX_DEPTH}, no member the format does not have.
 */
public final class PlanFile {

    /** Deeper than any plan file (a target's parameters sit at depth 9): a damaged file is refused early. */
    public static final int MAX_DEPTH = 16;
    /** Far above a plan's catalogue (the 2nd plan's is about 40 kB). */
    public static final int MAX_CHARS = 2_000_000;

    /** Parsson's own settings: its depth limit counts the outermost value as 1; a member twice is refused. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of(
            "org.eclipse.parsson.maxDepth", MAX_DEPTH + 1,
            "org.eclipse.parsson.rejectDuplicateKeys", Boolean.TRUE));

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");
    private static final int FIRST_FISCAL_YEAR = 1989;
    private static final int LAST_FISCAL_YEAR = 2200;

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, String> visionCodes = new HashMap<>();
    private final Map<Integer, String> goalNumbers = new HashMap<>();
    private final Map<String, String> kpiCodes = new HashMap<>();

    private PlanFile() {
    }

    /**
     * What a plan file gives: the plan when there is no error, and the errors and warnings in the order of the file.
     */
    public record Reading(Optional<PlanDefinition> plan, List<Problem> errors, List<Problem> warnings) {
        public Reading {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
            if (plan.isPresent() && !errors.isEmpty()) {
                throw new IllegalArgumentException("a plan file with errors gives no plan");
            }
        }
    }

    /**
     * Reads a plan file.
     *
     * @param storedVersion the version of the same plan already stored, if any: the file's must be higher
     */
    public static Reading read(String text, OptionalInt storedVersion) {
        return new PlanFile().reading(text, storedVersion);
    }

    private Reading reading(String text, OptionalInt storedVersion) {
        if (text.length() > MAX_CHARS) {
            errors.add(Problem.at("", "planFile.tooLarge", MAX_CHARS));
            return done(null);
        }
        JsonValue json;
        try {
            json = parse(text);
        } catch (MalformedException malformed) {
            errors.add(Problem.at("", "planFile.malformed", malformed.getMessage()));
            return done(null);
        }
        JsonObject root = object(json, "");
        if (root == null) {
            return done(null);
        }
        return done(plan(root, storedVersion));
    }

    private Reading done(PlanDefinition plan) {
        return new Reading(errors.isEmpty() ? Optional.ofNullable(plan) : Optional.empty(), errors, warnings);
    }

    private static JsonValue parse(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new MalformedException("empty");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) { // Parsson refuses what follows the value here
                throw new MalformedException("text after the value");
            }
            return value;
        } catch (MalformedException malformed) {
            throw malformed;
        } catch (RuntimeException malformed) {
            // JsonParsingException, IllegalStateException (a member twice) or a plain RuntimeException (too deep)
            throw new MalformedException(String.valueOf(malformed.getMessage()));
        }
    }

    // ---- the layout -------------------------------------------------------------------------------------------

    private PlanDefinition plan(JsonObject json, OptionalInt storedVersion) {
        onlyMembers(json, "", "code", "name", "version", "cabinetDecision", "period", "replaces", "visions");
        String code = code(json, "code", "", 32);
        String replaces = json.containsKey("replaces") ? code(json, "replaces", "", 32) : null;
        if (replaces != null && replaces.equals(code)) {
            errors.add(Problem.at("replaces", "planFile.replacesItself", code));
        }
        Names name = names(json, "name", "", 200);
        Integer version = whole(json, "version", "", 1, Integer.MAX_VALUE);
        if (version != null && storedVersion.isPresent() && version <= storedVersion.getAsInt()) {
            errors.add(Problem.at("version", "planFile.versionNotHigher", version, storedVersion.getAsInt()));
        }
        LocalDate cabinetDecision = date(json, "cabinetDecision", "", true);
        LocalDate from = null;
        LocalDate to = null;
        JsonObject period = object(json, "period", "");
        if (period != null) {
            onlyMembers(period, "period", "from", "to");
            from = date(period, "from", "period", true);
            to = date(period, "to", "period", false);
            if (from != null && to != null && to.isBefore(from)) {
                errors.add(Problem.at("period.to", "planFile.periodReversed", from.toString(), to.toString()));
            }
        }
        List<VisionDefinition> visions = new ArrayList<>();
        List<JsonObject> items = list(json, "visions", "", "planFile.noVisions");
        for (int i = 0; i < items.size(); i++) {
            VisionDefinition vision = vision(items.get(i), path("", "visions[" + i + "]"));
            if (vision != null) {
                visions.add(vision);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new PlanDefinition(code, name, version, cabinetDecision, from, Optional.ofNullable(to),
                Optional.ofNullable(replaces), visions);
    }

    private VisionDefinition vision(JsonObject json, String at) {
        if (json == null) {
            return null;
        }
        onlyMembers(json, at, "code", "name", "goals");
        String code = code(json, "code", at, 8);
        unique(visionCodes, code, path(at, "code"), "planFile.duplicateVision");
        Names name = names(json, "name", at, 200);
        List<GoalDefinition> goals = new ArrayList<>();
        List<JsonObject> items = list(json, "goals", at, "planFile.noGoals");
        for (int i = 0; i < items.size(); i++) {
            GoalDefinition goal = goal(items.get(i), path(at, "goals[" + i + "]"));
            if (goal != null) {
                goals.add(goal);
            }
        }
        return code == null || name == null ? null : new VisionDefinition(code, name, goals);
    }

    private GoalDefinition goal(JsonObject json, String at) {
        if (json == null) {
            return null;
        }
        onlyMembers(json, at, "number", "name", "kpis");
        // goals are numbered across the whole plan; circled numbers exist up to ⑳
        Integer number = whole(json, "number", at, 1, 20);
        unique(goalNumbers, number, path(at, "number"), "planFile.duplicateGoal");
        Names name = names(json, "name", at, 300);
        List<KpiDefinition> kpis = new ArrayList<>();
        List<JsonObject> items = list(json, "kpis", at, "planFile.noKpis");
        for (int i = 0; i < items.size(); i++) {
            KpiDefinition kpi = kpi(items.get(i), path(at, "kpis[" + i + "]"));
            if (kpi != null) {
                kpis.add(kpi);
            }
        }
        return number == null || name == null ? null : new GoalDefinition(number, name, kpis);
    }

    private KpiDefinition kpi(JsonObject json, String at) {
        if (json == null) {
            return null;
        }
        onlyMembers(json, at, "code", "kind", "name", "definition", "unit", "reportedBy", "breakdown",
                "normalisedByPeriod", "computation", "targets");
        String code = code(json, "code", at, 64);
        unique(kpiCodes, code, path(at, "code"), "planFile.duplicateKpi");
        KpiKind kind = choice(json, "kind", at, KpiKind.class, true);
        Names name = names(json, "name", at, 300);
        Names definition = names(json, "definition", at, 4000);
        Optional<Names> unit = Optional.empty();
        if (json.containsKey("unit")) {
            unit = Optional.ofNullable(names(json, "unit", at, 32));
            if (kind == KpiKind.NARRATIVE) {
                errors.add(Problem.at(path(at, "unit"), "planFile.unitForNarrative"));
            }
        } else if (kind != null && !kind.isNarrative()) {
            errors.add(Problem.at(path(at, "unit"), "planFile.unitRequired", kind.name()));
        }
        ReportedBy reportedBy = reportedBy(json, at);
        KpiBreakdown breakdown = choice(json, "breakdown", at, KpiBreakdown.class, false);
        Boolean normalised = bool(json, "normalisedByPeriod", at);
        Map<String, String> parameters = new LinkedHashMap<>();
        Computation computation = computation(json, at, kind, breakdown, parameters);
        List<TargetDefinition> targets = new ArrayList<>();
        JsonArray targetItems = array(json, "targets", at);
        for (int i = 0; i < targetItems.size(); i++) {
            String targetAt = path(at, "targets[" + i + "]");
            TargetDefinition target = target(object(targetItems.get(i), targetAt), targetAt, breakdown);
            if (target != null) {
                targets.add(target);
            }
        }
        if (code == null || kind == null || name == null || definition == null || reportedBy == null
                || computation == null) {
            return null;
        }
        return new KpiDefinition(code, kind, name, definition, unit, reportedBy, Optional.ofNullable(breakdown),
                Boolean.TRUE.equals(normalised), computation, parameters, targets);
    }

    private ReportedBy reportedBy(JsonObject kpi, String kpiAt) {
        String at = path(kpiAt, "reportedBy");
        JsonObject json = object(kpi, "reportedBy", kpiAt);
        if (json == null) {
            return null;
        }
        onlyMembers(json, at, "kind", "organisation");
        if (json.containsKey("kind") == json.containsKey("organisation")) {
            errors.add(Problem.at(at, "planFile.reportedByOne"));
            return null;
        }
        if (json.containsKey("kind")) {
            String value = text(json, "kind", at, 32, true);
            if (value == null) {
                return null;
            }
            Optional<OrganisationKind> kind = constant(OrganisationKind.class, value);
            if (kind.isEmpty()) {
                errors.add(Problem.at(path(at, "kind"), "planFile.unknownBodyKind", value, allowed(OrganisationKind.class)));
                return null;
            }
            return new ReportedBy(kind, Optional.empty());
        }
        String organisation = code(json, "organisation", at, 64);
        return organisation == null ? null : new ReportedBy(Optional.empty(), Optional.of(organisation));
    }

    /** The computation the KPI names, its parameters put into {@code parameters}; null after an error. */
    private Computation computation(JsonObject kpi, String kpiAt, KpiKind kind, KpiBreakdown breakdown,
                                    Map<String, String> parameters) {
        String at = path(kpiAt, "computation");
        JsonValue value = kpi.get("computation");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(Problem.at(at, "planFile.required"));
            return null;
        }
        String name;
        JsonObject given = JsonValue.EMPTY_JSON_OBJECT;
        if (value instanceof JsonString text) {
            name = text.getString().strip();
        } else if (value instanceof JsonObject json) {
            onlyMembers(json, at, "name", "parameters");
            name = text(json, "name", at, 64, true);
            if (json.containsKey("parameters")) {
                given = object(json, "parameters", at);
                if (given == null) {
                    given = JsonValue.EMPTY_JSON_OBJECT;
                }
            }
        } else {
            errors.add(Problem.at(at, "planFile.notComputation"));
            return null;
        }
        if (name == null) {
            return null;
        }
        if (name.isEmpty()) {
            errors.add(Problem.at(at, "planFile.required"));
            return null;
        }
        Optional<Computation> known = Computation.named(name);
        if (known.isEmpty()) {
            warnings.add(Problem.at(at, "planFile.unknownComputation", name));
            return Computation.TYPED_IN;
        }
        Computation computation = known.get();
        String parametersAt = path(at, "parameters");
        for (String parameter : given.keySet()) {
            if (!computation.parameters().containsKey(parameter)) {
                errors.add(Problem.at(path(parametersAt, parameter), "planFile.unknownParameter", parameter,
                        computation.fileName()));
            }
        }
        for (Map.Entry<String, Set<String>> declared : computation.parameters().entrySet()) {
            String parameter = declared.getKey();
            if (!given.containsKey(parameter)) {
                errors.add(Problem.at(parametersAt, "planFile.missingParameter", parameter, computation.fileName()));
                continue;
            }
            String chosen = text(given, parameter, parametersAt, 64, true);
            if (chosen == null) {
                continue;
            }
            if (!declared.getValue().contains(chosen)) {
                errors.add(Problem.at(path(parametersAt, parameter), "planFile.unknownValue", chosen,
                        String.join(", ", declared.getValue())));
            } else {
                parameters.put(parameter, chosen);
            }
        }
        if (kind != null && !computation.kinds().contains(kind)) {
            errors.add(Problem.at(at, "planFile.computationKind", computation.fileName(), kind.name(),
                    computation.kinds().stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
        if (!computation.fits(breakdown)) {
            errors.add(Problem.at(at, "planFile.computationBreakdown", computation.fileName(),
                    computation.breakdown().map(Enum::name).orElse("-")));
        }
        return computation;
    }

    private TargetDefinition target(JsonObject json, String at, KpiBreakdown kpiBreakdown) {
        if (json == null) {
            return null;
        }
        onlyMembers(json, at, "breakdown", "unit", "rule", "factor", "points", "from", "to", "wording");
        String breakdown = Optional.ofNullable(text(json, "breakdown", at, 64, false)).orElse(KpiBreakdown.TOTAL);
        if (!KpiBreakdown.TOTAL.equals(breakdown) && (kpiBreakdown == null || !kpiBreakdown.accepts(breakdown))) {
            errors.add(Problem.at(path(at, "breakdown"), "planFile.targetBreakdown", breakdown,
                    kpiBreakdown == null ? KpiBreakdown.TOTAL
                            : KpiBreakdown.TOTAL + ", " + String.join(", ", kpiBreakdown.keys())));
        }
        FigureUnit unit = choice(json, "unit", at, FigureUnit.class, true);
        TargetRuleKind rule = choice(json, "rule", at, TargetRuleKind.class, true);
        BigDecimal factor = positive(json, "factor", at);
        BigDecimal points = positive(json, "points", at);
        Optional<BigDecimal> parameter = Optional.empty();
        if (rule == TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS) {
            parameter = ruleParameter(json, at, rule, "factor", factor, "points");
        } else if (rule == TargetRuleKind.UP_BY_AT_LEAST_POINTS) {
            parameter = ruleParameter(json, at, rule, "points", points, "factor");
            if (unit != null && unit != FigureUnit.PERCENT) {
                errors.add(Problem.at(path(at, "unit"), "planFile.targetPointsNotShare", unit.name()));
            }
        } else if (rule == TargetRuleKind.HIGHER_THAN_PREVIOUS) {
            for (String extra : List.of("factor", "points")) {
                if (json.containsKey(extra)) {
                    errors.add(Problem.at(path(at, extra), "planFile.targetNoParameter", extra, rule.name()));
                }
            }
        }
        Integer from = whole(json, "from", at, FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR);
        Integer to = json.containsKey("to") ? whole(json, "to", at, FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR) : null;
        if (from != null && to != null && to < from) {
            errors.add(Problem.at(path(at, "to"), "planFile.periodReversed", String.valueOf(from), String.valueOf(to)));
        }
        Names wording = names(json, "wording", at, 1000);
        if (unit == null || rule == null || from == null || wording == null) {
            return null;
        }
        return new TargetDefinition(breakdown, unit, rule, parameter, from, Optional.ofNullable(to), wording);
    }

    private Optional<BigDecimal> ruleParameter(JsonObject json, String at, TargetRuleKind rule, String needed,
                                               BigDecimal value, String other) {
        if (json.containsKey(other)) {
            errors.add(Problem.at(path(at, other), "planFile.targetNoParameter", other, rule.name()));
        }
        if (!json.containsKey(needed)) {
            errors.add(Problem.at(path(at, needed), "planFile.targetParameterRequired", needed, rule.name()));
        }
        return Optional.ofNullable(value);
    }

    // ---- values, each checked where it is ---------------------------------------------------------------------

    private void onlyMembers(JsonObject json, String at, String... names) {
        Set<String> known = Set.of(names);
        for (String member : json.keySet()) {
            if (!known.contains(member)) {
                errors.add(Problem.at(path(at, member), "planFile.unknownMember", member, String.join(", ", names)));
            }
        }
    }

    private <K> void unique(Map<K, String> seen, K value, String at, String key) {
        if (value == null) {
            return;
        }
        String first = seen.putIfAbsent(value, at);
        if (first != null) {
            errors.add(Problem.at(at, key, value, first));
        }
    }

    private JsonObject object(JsonValue value, String at) {
        if (value instanceof JsonObject json) {
            return json;
        }
        errors.add(Problem.at(at, "planFile.notObject"));
        return null;
    }

    /** A member holding an object, required. */
    private JsonObject object(JsonObject json, String name, String at) {
        JsonValue value = json.get(name);
        if (blank(value)) {
            errors.add(Problem.at(path(at, name), "planFile.required"));
            return null;
        }
        return object(value, path(at, name));
    }

    /** A member holding a list, empty when left out. */
    private JsonArray array(JsonObject json, String name, String at) {
        JsonValue value = json.get(name);
        if (blank(value)) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        errors.add(Problem.at(path(at, name), "planFile.notList"));
        return JsonValue.EMPTY_JSON_ARRAY;
    }

    /** A member holding a list of objects that must not be empty (null for an item that is no object). */
    private List<JsonObject> list(JsonObject json, String name, String at, String emptyKey) {
        String listAt = path(at, name);
        JsonValue value = json.get(name);
        if (value != null && value.getValueType() != JsonValue.ValueType.NULL && !(value instanceof JsonArray)) {
            errors.add(Problem.at(listAt, "planFile.notList"));
            return List.of();
        }
        JsonArray array = array(json, name, at);
        if (array.isEmpty()) {
            errors.add(Problem.at(listAt, emptyKey));
        }
        List<JsonObject> objects = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            objects.add(object(array.get(i), listAt + "[" + i + "]"));
        }
        return objects;
    }

    private Names names(JsonObject json, String name, String at, int maxLength) {
        JsonObject names = object(json, name, at);
        if (names == null) {
            return null;
        }
        String namesAt = path(at, name);
        onlyMembers(names, namesAt, "ja", "en");
        String ja = text(names, "ja", namesAt, maxLength, true);
        String en = text(names, "en", namesAt, maxLength, true);
        return ja == null || en == null ? null : new Names(ja, en);
    }

    private String text(JsonObject json, String name, String at, int maxLength, boolean required) {
        JsonValue value = json.get(name);
        String valueAt = path(at, name);
        if (value != null && value.getValueType() != JsonValue.ValueType.NULL && !(value instanceof JsonString)) {
            errors.add(Problem.at(valueAt, "planFile.notText"));
            return null;
        }
        String text = value instanceof JsonString string ? string.getString().strip() : "";
        if (text.isEmpty()) {
            if (required) {
                errors.add(Problem.at(valueAt, "planFile.required"));
            }
            return null;
        }
        if (text.length() > maxLength) {
            errors.add(Problem.at(valueAt, "planFile.tooLong", maxLength, text.length()));
            return null;
        }
        return text;
    }

    private String code(JsonObject json, String name, String at, int maxLength) {
        String code = text(json, name, at, maxLength, true);
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add(Problem.at(path(at, name), "planFile.codePattern", code));
            return null;
        }
        return code;
    }

    private <E extends Enum<E>> E choice(JsonObject json, String name, String at, Class<E> type, boolean required) {
        String value = text(json, name, at, 64, required);
        if (value == null) {
            return null;
        }
        Optional<E> constant = constant(type, value);
        if (constant.isEmpty()) {
            errors.add(Problem.at(path(at, name), "planFile.unknownValue", value, allowed(type)));
            return null;
        }
        return constant.get();
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private Integer whole(JsonObject json, String name, String at, int min, int max) {
        JsonValue value = json.get(name);
        String valueAt = path(at, name);
        if (blank(value)) {
            errors.add(Problem.at(valueAt, "planFile.required"));
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            errors.add(Problem.at(valueAt, "planFile.notWholeNumber", value.toString()));
            return null;
        }
        BigDecimal whole = number.bigDecimalValue();
        if (whole.compareTo(BigDecimal.valueOf(min)) < 0 || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(Problem.at(valueAt, "planFile.outOfRange", whole.toPlainString(), min, max));
            return null;
        }
        return whole.intValueExact();
    }

    /** An optional number above zero. */
    private BigDecimal positive(JsonObject json, String name, String at) {
        JsonValue value = json.get(name);
        if (blank(value)) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            errors.add(Problem.at(path(at, name), "planFile.notNumber", value.toString()));
            return null;
        }
        if (number.bigDecimalValue().signum() <= 0) {
            errors.add(Problem.at(path(at, name), "planFile.notPositive", number.bigDecimalValue().toPlainString()));
            return null;
        }
        return number.bigDecimalValue();
    }

    private Boolean bool(JsonObject json, String name, String at) {
        JsonValue value = json.get(name);
        if (blank(value)) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        errors.add(Problem.at(path(at, name), "planFile.notBoolean", value.toString()));
        return null;
    }

    private LocalDate date(JsonObject json, String name, String at, boolean required) {
        String text = text(json, name, at, 10, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            errors.add(Problem.at(path(at, name), "planFile.notDate", text));
            return null;
        }
    }

    private static boolean blank(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private static String path(String at, String member) {
        if (member.startsWith("[")) {
            return at + member;
        }
        return at.isEmpty() ? member : at + "." + member;
    }

    private static final class MalformedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message, null, false, false);
        }
    }
}
