package dev.workbench.lessons.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Saves every network of a session (a classifier, or a GAN's generator and discriminator)
 * together with the settings that produced them, in one file, and loads them back.
 *
 * <p>A checkpoint (format {@value #FORMAT}) is a zip holding a JSON manifest, {@value #MANIFEST}:
 * <pre>{"format": 2, "lesson": "cnn", "seed": 42, "settings": {"epochs": "2", ...},
 *  "networks": [{"name": "model", "kind": "MultiLayerNetwork", "entry": "networks/model.zip"}]}</pre>
 * and one DL4J ModelSerializer zip per network (with its updater state, so training can go on).
 * A checkpoint saved from a run also holds that run's curves ({@link CheckpointHistory}, entry
 * {@value CheckpointHistory#ENTRY}); files without it load as before.
 * Settings are text as a person would type them, so the lesson validates them again on load; no
 * Java serialization is involved, so a file from elsewhere cannot run code. Every size read from
 * the file is bounded. Files are written atomically: a crash never leaves half a checkpoint.
 */
public final class Checkpoints {
    /** File name extension of Workbench checkpoints. */
    public static final String EXTENSION = ".dlwb.zip";
    /** The format version this code writes and reads. */
    public static final int FORMAT = 2;
    /** The name a single-network session's network is saved under. */
    public static final String SINGLE_NETWORK = "model";
    /** The manifest entry. */
    public static final String MANIFEST = "workbench.json";

    static final String MULTI_LAYER = "MultiLayerNetwork";
    static final String GRAPH = "ComputationGraph";
    private static final String NETWORKS_FOLDER = "networks/";
    private static final int MAX_MANIFEST_BYTES = 1 << 20;
    private static final int MAX_NETWORKS = 16;
    /** Largest unpacked network zip held in memory while loading. */
    private static final long MAX_NETWORK_BYTES = Integer.MAX_VALUE - 64;
    /** A network zip's parts may unpack to at most this many times its size (plus a floor). */
    private static final long MAX_INFLATION = 64;
    private static final long INFLATION_FLOOR = 256L << 20;
    private static final int MAX_CAUSE_CHARS = 100;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Checkpoints() {
    }

    /**
     * A loaded checkpoint: the networks by name (in the order saved) and the settings they were
     * trained with, as text.
     */
    public record Checkpoint(String lessonId, long seed, Map<String, String> rawSettings, Map<String, Model> networks) {
        public Checkpoint {
            java.util.Objects.requireNonNull(lessonId, "lessonId");
            rawSettings = Map.copyOf(rawSettings);
            if (networks.isEmpty()) {
                throw new IllegalArgumentException("a checkpoint holds at least one network");
            }
            networks = Collections.unmodifiableMap(new LinkedHashMap<>(networks));
        }

        /** A single-network checkpoint; the network is named {@value Checkpoints#SINGLE_NETWORK}. */
        public static Checkpoint single(Model model, String lessonId, long seed, Map<String, String> rawSettings) {
            return new Checkpoint(lessonId, seed, rawSettings, Map.of(SINGLE_NETWORK, model));
        }

        /** The network of a single-network checkpoint. */
        public Model model() throws CheckpointException {
            if (networks.size() == 1) {
                return networks.values().iterator().next();
            }
            return network(SINGLE_NETWORK);
        }

        public Model network(String name) throws CheckpointException {
            Model model = networks.get(name);
            if (model == null) {
                throw new CheckpointException("checkpoint of lesson '" + lessonId + "' holds no network '" + name
                        + "' (it holds " + String.join(", ", networks.keySet()) + ")");
            }
            return model;
        }

        /** The network of a single-network checkpoint, which must be a MultiLayerNetwork. */
        public MultiLayerNetwork multiLayerNetwork() throws CheckpointException {
            return as(model(), MultiLayerNetwork.class);
        }

        public MultiLayerNetwork multiLayerNetwork(String name) throws CheckpointException {
            return as(network(name), MultiLayerNetwork.class);
        }

        /** The network of a single-network checkpoint, which must be a ComputationGraph. */
        public ComputationGraph computationGraph() throws CheckpointException {
            return as(model(), ComputationGraph.class);
        }

        public ComputationGraph computationGraph(String name) throws CheckpointException {
            return as(network(name), ComputationGraph.class);
        }

        private static <T extends Model> T as(Model model, Class<T> type) throws CheckpointException {
            if (type.isInstance(model)) {
                return type.cast(model);
            }
            throw new CheckpointException("checkpoint holds a " + model.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
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

    /** Saves one network with the lesson's settings, as text. */
    public static void save(Model model, Settings settings, Lesson lesson, Path file) throws IOException {
        save(Map.of(SINGLE_NETWORK, model), settings, lesson, file);
    }

    /** Saves several networks, in the map's order, with the lesson's settings, as text. */
    public static void save(Map<String, ? extends Model> networks, Settings settings, Lesson lesson, Path file)
            throws IOException {
        Map<String, String> raw = new HashMap<>();
        for (HyperParameter parameter : lesson.parameters()) {
            Object value = settings.values().get(parameter.name());
            if (value != null) {
                raw.put(parameter.name(), parameter.format(value));
            }
        }
        save(networks, settings.lessonId(), settings.seed(), raw, file);
    }

    public static void save(Model model, String lessonId, long seed, Map<String, String> rawSettings, Path file)
            throws IOException {
        save(Map.of(SINGLE_NETWORK, model), lessonId, seed, rawSettings, file);
    }

    /**
     * Saves {@code networks} (names: lower-case letters, digits, '-' and '_') in one file.
     * Each network is serialized in memory first, so nothing touches the disk until all succeeded.
     */
    public static void save(Map<String, ? extends Model> networks, String lessonId, long seed,
                            Map<String, String> rawSettings, Path file) throws IOException {
        if (networks.isEmpty() || networks.size() > MAX_NETWORKS) {
            throw new IllegalArgumentException("a checkpoint holds 1 to " + MAX_NETWORKS + " networks, not " + networks.size());
        }
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("lesson", lessonId);
        manifest.put("seed", seed);
        ObjectNode settings = manifest.putObject("settings");
        new TreeMap<>(rawSettings).forEach(settings::put);
        ArrayNode entries = manifest.putArray("networks");
        Map<String, byte[]> blobs = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends Model> network : networks.entrySet()) {
            String name = network.getKey();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("network name '" + name + "' must match " + NAME.pattern());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ModelSerializer.writeModel(network.getValue(), bytes, true);
            String entry = entryOf(name);
            entries.addObject().put("name", name).put("kind", kindOf(network.getValue())).put("entry", entry);
            blobs.put(entry, bytes.toByteArray());
        }
        byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        AtomicFiles.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(json);
                zip.closeEntry();
                for (Map.Entry<String, byte[]> blob : blobs.entrySet()) {
                    putStored(zip, blob.getKey(), blob.getValue());
                }
            }
        });
    }

    /**
     * What a checkpoint holds, from its manifest only (no network is rebuilt): which lesson saved
     * it, with which settings, and its networks by name and kind. Quick enough to choose the page
     * a checkpoint opens in, and for {@code workbench info FILE}.
     */
    public record Description(String lessonId, long seed, Map<String, String> rawSettings, Map<String, String> networkKinds) {
        public Description {
            rawSettings = Map.copyOf(rawSettings);
            networkKinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(networkKinds));
        }
    }

    /** Reads and checks the manifest only; any problem is a {@link CheckpointException} naming the file. */
    public static Description describe(Path file) throws CheckpointException {
        String name = "checkpoint '" + file + "'";
        checkFile(file, name);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Manifest manifest = manifest(zip, name);
            Map<String, String> kinds = new LinkedHashMap<>();
            manifest.networks().forEach(network -> kinds.put(network.name(), network.kind()));
            return new Description(manifest.lessonId(), manifest.seed(), manifest.settings(), kinds);
        } catch (ZipException e) {
            throw new CheckpointException(name + " is not a Workbench checkpoint: not a zip file (" + shortText(e) + ")", e);
        } catch (IOException e) {
            throw new CheckpointException(name + " cannot be read: " + shortText(e), e);
        }
    }

    /** Loads every network and the settings; any problem is a {@link CheckpointException} naming the file. */
    public static Checkpoint load(Path file) throws CheckpointException {
        String name = "checkpoint '" + file + "'";
        long length = checkFile(file, name);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Manifest manifest = manifest(zip, name);
            Map<String, Model> networks = new LinkedHashMap<>();
            for (NetworkEntry network : manifest.networks()) {
                ZipEntry entry = zip.getEntry(network.entry());
                if (entry == null) {
                    throw new CheckpointException(name + " has no network entry '" + network.entry() + "'");
                }
                byte[] bytes = read(zip, entry, Math.min(MAX_NETWORK_BYTES, Math.max(length, 1) * MAX_INFLATION), name,
                        "network '" + network.name() + "'");
                networks.put(network.name(), restore(network, bytes, name));
            }
            return new Checkpoint(manifest.lessonId(), manifest.seed(), manifest.settings(), networks);
        } catch (ZipException e) {
            throw new CheckpointException(name + " is not a Workbench checkpoint: not a zip file (" + shortText(e) + ")", e);
        } catch (IOException e) {
            throw new CheckpointException(name + " cannot be read: " + shortText(e), e);
        }
    }

    /**
     * Adds (or replaces) the run history in a checkpoint already written, atomically: the file
     * holds either its old content or the old content plus the history, never half of either.
     */
    public static void attachHistory(Path file, CheckpointHistory history) throws IOException, CheckpointException {
        String name = "checkpoint '" + file + "'";
        long length = checkFile(file, name);
        byte[] json = history.toJson();
        Map<ZipEntry, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (java.util.Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (!entry.getName().equals(CheckpointHistory.ENTRY)) {
                    entries.put(entry, read(zip, entry, Math.min(MAX_NETWORK_BYTES, Math.max(length, 1) * MAX_INFLATION),
                            name, entry.getName()));
                }
            }
        }
        AtomicFiles.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<ZipEntry, byte[]> entry : entries.entrySet()) {
                    if (entry.getKey().getMethod() == ZipEntry.STORED) {
                        putStored(zip, entry.getKey().getName(), entry.getValue());
                    } else {
                        zip.putNextEntry(new ZipEntry(entry.getKey().getName()));
                        zip.write(entry.getValue());
                        zip.closeEntry();
                    }
                }
                zip.putNextEntry(new ZipEntry(CheckpointHistory.ENTRY));
                zip.write(json);
                zip.closeEntry();
            }
        });
    }

    /**
     * The history of the run that trained the checkpoint's model, or empty for a checkpoint saved
     * without one (older files, the command line); a damaged history is a {@link CheckpointException}.
     */
    public static java.util.Optional<CheckpointHistory> history(Path file) throws CheckpointException {
        String name = "checkpoint '" + file + "'";
        checkFile(file, name);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(CheckpointHistory.ENTRY);
            if (entry == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(CheckpointHistory.parse(read(zip, entry, CheckpointHistory.MAX_BYTES, name, "run history"), name));
        } catch (ZipException e) {
            throw new CheckpointException(name + " is not a Workbench checkpoint: not a zip file (" + shortText(e) + ")", e);
        } catch (IOException e) {
            throw new CheckpointException(name + " cannot be read: " + shortText(e), e);
        }
    }

    /** A regular, non-empty file; returns its length. */
    private static long checkFile(Path file, String name) throws CheckpointException {
        if (Files.isDirectory(file)) {
            throw new CheckpointException(name + " is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new CheckpointException(name + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(name + " is not a regular file");
        }
        long length;
        try {
            length = Files.size(file);
        } catch (IOException e) {
            throw new CheckpointException(name + " cannot be read: " + shortText(e), e);
        }
        if (length == 0) {
            throw new CheckpointException(name + " is empty (0 bytes)");
        }
        return length;
    }

    private static Manifest manifest(ZipFile zip, String name) throws IOException, CheckpointException {
        ZipEntry manifestEntry = zip.getEntry(MANIFEST);
        if (manifestEntry == null) {
            throw new CheckpointException(name + " is not a Workbench checkpoint: it has no " + MANIFEST
                    + (zip.getEntry("configuration.json") != null ? " (a plain DL4J model or an older checkpoint)" : ""));
        }
        return Manifest.parse(read(zip, manifestEntry, MAX_MANIFEST_BYTES, name, "manifest"), name);
    }

    /** The manifest's content, checked. */
    private record Manifest(String lessonId, long seed, Map<String, String> settings, java.util.List<NetworkEntry> networks) {
        static Manifest parse(byte[] json, String name) throws CheckpointException {
            JsonNode root;
            try {
                root = JSON.readTree(json);
            } catch (JsonProcessingException e) {
                throw new CheckpointException(name + " has a damaged manifest: not JSON", e);
            } catch (IOException e) {
                throw new CheckpointException(name + " has an unreadable manifest", e);
            }
            if (root == null || !root.isObject()) {
                throw new CheckpointException(name + " has a damaged manifest: not a JSON object");
            }
            JsonNode format = root.get("format");
            if (format == null || !format.canConvertToInt()) {
                throw new CheckpointException(name + " has no format version in its manifest");
            }
            if (format.intValue() != FORMAT) {
                throw new CheckpointException(name + " has format version " + format.asText()
                        + "; this Workbench reads version " + FORMAT);
            }
            JsonNode lesson = root.get("lesson");
            JsonNode seed = root.get("seed");
            if (lesson == null || !lesson.isTextual() || seed == null || !seed.isIntegralNumber() || !seed.canConvertToLong()) {
                throw new CheckpointException(name + " has no lesson or seed in its manifest");
            }
            Map<String, String> settings = new HashMap<>();
            JsonNode stored = root.get("settings");
            if (stored != null) {
                if (!stored.isObject()) {
                    throw new CheckpointException(name + " has damaged settings: not a JSON object");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = stored.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> setting = it.next();
                    if (!setting.getValue().isTextual()) {
                        throw new CheckpointException(name + " has a damaged setting '" + clip(setting.getKey(), 40)
                                + "': not text");
                    }
                    settings.put(setting.getKey(), setting.getValue().textValue());
                }
            }
            JsonNode list = root.get("networks");
            if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_NETWORKS) {
                throw new CheckpointException(name + " lists no networks (or too many) in its manifest");
            }
            java.util.List<NetworkEntry> networks = new java.util.ArrayList<>();
            for (JsonNode node : list) {
                networks.add(NetworkEntry.parse(node, name));
            }
            if (networks.stream().map(NetworkEntry::name).distinct().count() != networks.size()) {
                throw new CheckpointException(name + " lists a network twice in its manifest");
            }
            return new Manifest(lesson.textValue(), seed.longValue(), settings, networks);
        }
    }

    private record NetworkEntry(String name, String kind, String entry) {
        static NetworkEntry parse(JsonNode node, String file) throws CheckpointException {
            String name = node.path("name").asText("");
            String kind = node.path("kind").asText("");
            String entry = node.path("entry").asText("");
            if (!NAME.matcher(name).matches()) {
                throw new CheckpointException(file + " has a network with a bad name in its manifest");
            }
            if (!kind.equals(MULTI_LAYER) && !kind.equals(GRAPH)) {
                throw new CheckpointException(file + " has network '" + name + "' of unknown kind '" + clip(kind, 40) + "'");
            }
            if (!entry.equals(entryOf(name))) {
                throw new CheckpointException(file + " has network '" + name + "' at an unexpected entry");
            }
            return new NetworkEntry(name, kind, entry);
        }
    }

    private static Model restore(NetworkEntry network, byte[] bytes, String file) throws CheckpointException {
        String what = file + " has a damaged network '" + network.name() + "'";
        checkNetworkZip(bytes, what);
        try {
            return network.kind().equals(GRAPH)
                    ? ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(bytes), true)
                    : ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), true);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            throw new CheckpointException(what + " (" + shortText(e) + ")", e);
        }
    }

    /**
     * Walks the nested ModelSerializer zip before DL4J reads it whole into memory: it must be a
     * zip with a configuration and weights, and unpack to a bounded size.
     */
    private static void checkNetworkZip(byte[] bytes, String what) throws CheckpointException {
        long limit = Math.max(INFLATION_FLOOR, bytes.length * MAX_INFLATION);
        long total = 0;
        boolean configuration = false;
        boolean weights = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                configuration |= entry.getName().equals("configuration.json");
                weights |= entry.getName().equals("coefficients.bin");
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > limit) {
                        throw new CheckpointException(what + " (it unpacks to more than " + (limit >> 20) + " MiB)");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CheckpointException(what + " (not a DL4J model zip: " + shortText(e) + ")", e);
        }
        if (!configuration || !weights) {
            throw new CheckpointException(what + " (no " + (configuration ? "weights" : "network configuration") + " inside)");
        }
    }

    /** Reads an entry, refusing more than {@code limit} bytes whatever the entry claims. */
    private static byte[] read(ZipFile zip, ZipEntry entry, long limit, String file, String what)
            throws IOException, CheckpointException {
        long declared = entry.getSize();
        if (declared > limit) {
            throw new CheckpointException(file + " has a " + what + " too large to load (" + declared + " bytes)");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit + 1, MAX_NETWORK_BYTES));
            if (bytes.length > limit) {
                throw new CheckpointException(file + " has a " + what + " too large to load (over " + limit + " bytes)");
            }
            return bytes;
        }
    }

    private static void putStored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String entryOf(String name) {
        return NETWORKS_FOLDER + name + ".zip";
    }

    /** The manifest's word for a network's kind. */
    static String kindOf(Model model) {
        if (model instanceof MultiLayerNetwork) {
            return MULTI_LAYER;
        }
        if (model instanceof ComputationGraph) {
            return GRAPH;
        }
        throw new IllegalArgumentException("cannot checkpoint a " + model.getClass().getSimpleName());
    }

    /** An exception as a short phrase: its type and the first line of its message, clipped. */
    private static String shortText(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return type;
        }
        return type + ": " + clip(message.lines().findFirst().orElse("").strip(), MAX_CAUSE_CHARS);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
