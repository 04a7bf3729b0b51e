package jp.go.mhlw.kpi.domain.model.catalogue;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a KPI's figures come about: one of the application's {@link Computation}s with a value for each of its
 * parameters, as the KPI's plan file names it and the catalogue stores it (docs/plan-file.md). The parameters keep
 * the order the computation documents them in.
 */
public record KpiComputation(Computation computation, Map<String, String> parameters) {

    private static final KpiComputation TYPED_IN = new KpiComputation(Computation.TYPED_IN, Map.of());

    /** Checks that every parameter the computation takes has a value it accepts, and that there are no others. */
    public KpiComputation {
        Objects.requireNonNull(computation, "computation");
        Objects.requireNonNull(parameters, "parameters");
        for (String given : parameters.keySet()) {
            if (!computation.parameters().containsKey(given)) {
                throw new IllegalArgumentException(computation.fileName() + " takes no parameter " + given);
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> declared : computation.parameters().entrySet()) {
            String value = parameters.get(declared.getKey());
            if (value == null || !declared.getValue().contains(value)) {
                throw new IllegalArgumentException(computation.fileName() + " needs its parameter " + declared.getKey()
                        + " to be one of " + declared.getValue() + ", not " + value);
            }
            ordered.put(declared.getKey(), value);
        }
        parameters = Collections.unmodifiableMap(ordered);
    }

    /** Nothing computed: the body that reports the KPI types its figure or narrative in. */
    public static KpiComputation typedIn() {
        return TYPED_IN;
    }

    /** A computation that takes no parameters. */
    public static KpiComputation of(Computation computation) {
        return new KpiComputation(computation, Map.of());
    }

    /** A computation with the value of its one parameter, e.g. {@code of(HUB_SUM, "of", "COOPERATION")}. */
    public static KpiComputation of(Computation computation, String parameter, String value) {
        return new KpiComputation(computation, Map.of(parameter, value));
    }

    /**
     * As the catalogue stores it: the computation's name in a plan file and its parameters as a JSON object.
     *
     * @throws IllegalArgumentException for a name the application does not know or parameters that do not fit it
     */
    public static KpiComputation stored(String name, String parametersJson) {
        Computation computation = Computation.named(name)
                .orElseThrow(() -> new IllegalArgumentException("The application knows no computation " + name));
        if (parametersJson.equals("{}")) {
            return new KpiComputation(computation, Map.of());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(parametersJson))) {
            JsonObject json = reader.readObject();
            for (Map.Entry<String, JsonValue> member : json.entrySet()) {
                if (!(member.getValue() instanceof JsonString text)) {
                    throw new IllegalArgumentException("The parameter " + member.getKey() + " of " + name
                            + " is not a text: " + parametersJson);
                }
                parameters.put(member.getKey(), text.getString());
            }
        } catch (JsonException e) {
            throw new IllegalArgumentException("The parameters of " + name + " are not a JSON object: "
                    + parametersJson, e);
        }
        return new KpiComputation(computation, parameters);
    }

    /** The parameters as the catalogue stores them: a compact JSON object, {@code {}} for none. */
    public String parametersJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        parameters.forEach(json::add);
        return json.build().toString();
    }

    /** The value of one of its parameters. */
    public String parameter(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException(computation.fileName() + " has no parameter " + name);
        }
        return value;
    }

    public boolean isTypedIn() {
        return computation == Computation.TYPED_IN;
    }

    /** Whether it yields figures for a KPI of this kind and breakdown (null: none). */
    public boolean fits(KpiKind kind, KpiBreakdown breakdown) {
        return computation.kinds().contains(kind) && computation.fits(breakdown);
    }

    /** "training-sum {measure=PARTICIPANTS, compare=RATIO_TO_PREVIOUS}", or "typed-in". */
    @Override
    public String toString() {
        return parameters.isEmpty() ? computation.fileName() : computation.fileName() + " " + parameters;
    }
}
