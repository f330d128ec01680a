package dev.workbench.lessons.engine;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Saves a trained network together with the settings that produced it, and loads it back.
 * Files are DL4J ModelSerializer zips with one extra entry for the settings; they are written
 * atomically so a crash never leaves half a checkpoint behind.
 */
public final class Checkpoints {
    /** File name extension of Workbench checkpoints. */
    public static final String EXTENSION = ".dlwb.zip";
    private static final String SETTINGS_KEY = "workbench-settings";
    private static final String LESSON_KEY = "lesson";
    private static final String SEED_KEY = "seed";

    private Checkpoints() {
    }

    /** A loaded checkpoint: the network and the settings it was trained with. */
    public record Checkpoint(Model model, String lessonId, long seed, Map<String, String> rawSettings) {
        public Checkpoint {
            rawSettings = Map.copyOf(rawSettings);
        }

        public MultiLayerNetwork multiLayerNetwork() throws CheckpointException {
            if (model instanceof MultiLayerNetwork net) {
                return net;
            }
            throw new CheckpointException("checkpoint holds a " + model.getClass().getSimpleName()
                    + ", not a MultiLayerNetwork");
        }
    }

    /** A checkpoint file that cannot be written or read; the message names the file. */
    public static final class CheckpointException extends LessonException {
        public CheckpointException(String message) {
            super(message);
        }

        public CheckpointException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static void save(Model model, Settings settings, Lesson lesson, Path file) throws IOException {
        Map<String, String> raw = new HashMap<>();
        for (HyperParameter parameter : lesson.parameters()) {
            Object value = settings.values().get(parameter.name());
            if (value != null) {
                raw.put(parameter.name(), parameter.format(value));
            }
        }
        save(model, settings.lessonId(), settings.seed(), raw, file);
    }

    public static void save(Model model, String lessonId, long seed, Map<String, String> rawSettings, Path file)
            throws IOException {
        HashMap<String, String> stored = new HashMap<>(rawSettings);
        stored.put(LESSON_KEY, lessonId);
        stored.put(SEED_KEY, Long.toString(seed));
        AtomicFiles.writeFile(file, temp -> {
            ModelSerializer.writeModel(model, temp.toFile(), true);
            ModelSerializer.addObjectToFile(temp.toFile(), SETTINGS_KEY, stored);
        });
    }

    public static Checkpoint load(Path file) throws CheckpointException {
        String name = "checkpoint '" + file + "'";
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(name + " does not exist");
        }
        try {
            if (Files.size(file) == 0) {
                throw new CheckpointException(name + " is empty (0 bytes)");
            }
        } catch (IOException e) {
            throw new CheckpointException(name + " cannot be read: " + e.getMessage(), e);
        }
        boolean graph = checkEntries(file, name);
        Map<String, String> settings = readSettings(file, name);
        String lessonId = settings.remove(LESSON_KEY);
        String seed = settings.remove(SEED_KEY);
        if (lessonId == null || seed == null) {
            throw new CheckpointException(name + " has no lesson or seed in its settings");
        }
        try {
            Model model = graph
                    ? ModelSerializer.restoreComputationGraph(file.toFile(), true)
                    : ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true);
            return new Checkpoint(model, lessonId, Long.parseLong(seed), settings);
        } catch (Exception | OutOfMemoryError e) {
            throw new CheckpointException(name + " is damaged: the network cannot be rebuilt ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    /** Checks the zip structure; returns true for a ComputationGraph. */
    private static boolean checkEntries(Path file, String name) throws CheckpointException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry config = zip.getEntry("configuration.json");
            if (config == null) {
                throw new CheckpointException(name + " is not a Workbench checkpoint: it has no network configuration");
            }
            if (zip.getEntry("coefficients.bin") == null) {
                throw new CheckpointException(name + " is not a complete checkpoint: it has no trained weights");
            }
            try (InputStream in = zip.getInputStream(config)) {
                String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                return json.contains("\"vertices\"");
            }
        } catch (java.util.zip.ZipException e) {
            throw new CheckpointException(name + " is not a Workbench checkpoint: not a zip file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new CheckpointException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> readSettings(Path file, String name) throws CheckpointException {
        try {
            Object stored = ModelSerializer.getObjectFromFile(file.toFile(), SETTINGS_KEY);
            if (stored instanceof Map<?, ?> map) {
                return new HashMap<>((Map<String, String>) map);
            }
        } catch (RuntimeException e) {
            throw new CheckpointException(name + " has no readable Workbench settings: " + e.getMessage(), e);
        }
        throw new CheckpointException(name + " has no Workbench settings");
    }
}
