package dev.workbench.lessons.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The curves of the run that trained a checkpoint's model: its per-iteration losses and values
 * and its per-epoch metrics, so a loaded model comes back with the history that explains it. Kept
 * as JSON in the checkpoint's {@value #ENTRY} entry, which older checkpoints lack (they load
 * without curves) and older readers ignore. Sizes read are bounded; a non-finite number is null.
 *
 * <pre>{"format": 1,
 *  "iterations": [{"epoch": 1, "epochs": 2, "iteration": 1, "iterations": 100, "loss": 2.3,
 *                  "speed": 812.5, "seconds": 0.08, "values": {"lr": 0.001}}, ...],
 *  "epochs": [{"epoch": 1, "iteration": 50, "seconds": 4.1, "values": {"accuracy": 0.81}}, ...]}</pre>
 */
public record CheckpointHistory(List<IterationMetrics> iterations, List<EpochMetrics> epochs) {
    /** The zip entry of a checkpoint that holds the history. */
    public static final String ENTRY = "history.json";
    static final int FORMAT = 1;
    /** The most iterations kept; a longer run keeps evenly spaced ones (charts cap their points anyway). */
    static final int MAX_ITERATIONS = 200_000;
    static final int MAX_EPOCHS = 100_000;
    static final int MAX_VALUES = 64;
    static final int MAX_KEY_CHARS = 64;
    /** Largest history entry read: far above {@link #MAX_ITERATIONS} rows of a few values. */
    static final int MAX_BYTES = 64 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    public CheckpointHistory {
        iterations = List.copyOf(iterations);
        epochs = List.copyOf(epochs);
    }

    /** What {@code history} has recorded so far. */
    public static CheckpointHistory of(RunHistory history) {
        return new CheckpointHistory(history.iterations(), history.epochs());
    }

    public boolean isEmpty() {
        return iterations.isEmpty() && epochs.isEmpty();
    }

    /** The last iteration recorded, if any (for "Epoch 2 / 2" after loading). */
    public java.util.Optional<IterationMetrics> lastIteration() {
        return iterations.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(iterations.get(iterations.size() - 1));
    }

    byte[] toJson() throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode its = root.putArray("iterations");
        int stride = Math.max(1, (iterations.size() + MAX_ITERATIONS - 1) / MAX_ITERATIONS);
        for (int i = 0; i < iterations.size(); i++) {
            // Thinned evenly when too long, always keeping the last iteration.
            if (i % stride != 0 && i != iterations.size() - 1) {
                continue;
            }
            IterationMetrics it = iterations.get(i);
            ObjectNode node = its.addObject();
            node.put("epoch", it.epoch()).put("epochs", it.totalEpochs())
                    .put("iteration", it.iteration()).put("iterations", it.totalIterations());
            number(node, "loss", it.loss());
            number(node, "speed", it.samplesPerSecond());
            number(node, "seconds", it.trainingSeconds());
            values(node, it.values());
        }
        ArrayNode eps = root.putArray("epochs");
        for (EpochMetrics ep : epochs.subList(0, Math.min(epochs.size(), MAX_EPOCHS))) {
            ObjectNode node = eps.addObject();
            node.put("epoch", ep.epoch()).put("iteration", ep.iteration());
            number(node, "seconds", ep.seconds());
            values(node, ep.values());
        }
        return JSON.writeValueAsBytes(root);
    }

    /** Reads a history entry; {@code name} names the file in messages. */
    static CheckpointHistory parse(byte[] json, String name) throws Checkpoints.CheckpointException {
        String damaged = name + " has a damaged run history";
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new Checkpoints.CheckpointException(damaged + ": not JSON", e);
        }
        if (root == null || !root.isObject() || root.path("format").asInt(-1) != FORMAT) {
            throw new Checkpoints.CheckpointException(damaged + ": not a history of format " + FORMAT);
        }
        JsonNode its = root.path("iterations");
        JsonNode eps = root.path("epochs");
        if (!its.isArray() || !eps.isArray() || its.size() > MAX_ITERATIONS || eps.size() > MAX_EPOCHS) {
            throw new Checkpoints.CheckpointException(damaged + ": missing or too many rows");
        }
        List<IterationMetrics> iterations = new ArrayList<>(its.size());
        for (JsonNode node : its) {
            if (!node.isObject()) {
                throw new Checkpoints.CheckpointException(damaged + ": an iteration is not an object");
            }
            iterations.add(new IterationMetrics(count(node, "epoch", damaged), count(node, "epochs", damaged),
                    count(node, "iteration", damaged), count(node, "iterations", damaged), number(node, "loss"),
                    values(node, damaged), number(node, "speed"), Double.NaN, number(node, "seconds")));
        }
        List<EpochMetrics> epochs = new ArrayList<>(eps.size());
        for (JsonNode node : eps) {
            if (!node.isObject()) {
                throw new Checkpoints.CheckpointException(damaged + ": an epoch is not an object");
            }
            epochs.add(new EpochMetrics(count(node, "epoch", damaged), count(node, "iteration", damaged),
                    values(node, damaged), number(node, "seconds")));
        }
        return new CheckpointHistory(iterations, epochs);
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private static void values(ObjectNode node, Map<String, Double> values) {
        if (values.isEmpty()) {
            return;
        }
        ObjectNode map = node.putObject("values");
        new java.util.TreeMap<>(values).entrySet().stream().limit(MAX_VALUES).forEach(e -> number(map, e.getKey(), e.getValue()));
    }

    private static double number(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value != null && value.isNumber() ? value.doubleValue() : Double.NaN;
    }

    private static int count(JsonNode node, String key, String damaged) throws Checkpoints.CheckpointException {
        JsonNode value = node.get(key);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
            throw new Checkpoints.CheckpointException(damaged + ": '" + key + "' is not a count");
        }
        return value.intValue();
    }

    private static Map<String, Double> values(JsonNode node, String damaged) throws Checkpoints.CheckpointException {
        JsonNode map = node.get("values");
        if (map == null || map.isNull()) {
            return Map.of();
        }
        if (!map.isObject() || map.size() > MAX_VALUES) {
            throw new Checkpoints.CheckpointException(damaged + ": bad values");
        }
        Map<String, Double> values = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().length() > MAX_KEY_CHARS) {
                throw new Checkpoints.CheckpointException(damaged + ": a value name is too long");
            }
            JsonNode value = entry.getValue();
            // Absent and NaN mean the same: not measured; Map.copyOf refuses nulls.
            if (value.isNumber() && Double.isFinite(value.doubleValue())) {
                values.put(entry.getKey(), value.doubleValue());
            }
        }
        return values;
    }
}
