package dev.workbench.lessons.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged checkpoints fail with a short message that names the file and the problem. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckpointsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private Path good;

    @BeforeAll
    void saveAGoodOne() throws Exception {
        good = dir.resolve("good" + Checkpoints.EXTENSION);
        TinySession session = new TinySession(1, 0.1, 1);
        session.saveCheckpoint(good);
    }

    @Test
    void aGoodCheckpointLoads() throws Exception {
        Checkpoints.Checkpoint checkpoint = Checkpoints.load(good);
        assertEquals("tiny", checkpoint.lessonId());
        assertEquals(1, checkpoint.seed());
        assertEquals(32 * 784 + 32 + 10 * 32 + 10, checkpoint.multiLayerNetwork().numParams());
        var e = assertThrows(Checkpoints.CheckpointException.class, checkpoint::computationGraph);
        assertTrue(e.getMessage().contains("not a ComputationGraph"), e.getMessage());
    }

    @Test
    void aCheckpointWithoutHistoryLoadsWithoutCurves() throws Exception {
        assertTrue(Checkpoints.history(good).isEmpty(), "checkpoints from before the history was kept");
        assertEquals("tiny", Checkpoints.load(good).lessonId());
    }

    @Test
    void theRunHistoryComesBackWithTheModel() throws Exception {
        Path file = rewrite("with-history", entries -> entries);
        var iterations = java.util.List.of(
                new RunEvent.IterationMetrics(1, 2, 1, 4, 2.5, Map.of("lr", 0.01), 100, 3, 0.1),
                new RunEvent.IterationMetrics(1, 2, 2, 4, Double.NaN, Map.of(), 110, 2, 0.2));
        var epochs = java.util.List.of(new RunEvent.EpochMetrics(1, 2, Map.of("train-loss", 2.4, "accuracy", 0.5), 0.3));
        Checkpoints.attachHistory(file, new CheckpointHistory(iterations, epochs));
        CheckpointHistory back = Checkpoints.history(file).orElseThrow();
        assertEquals(2, back.iterations().size());
        assertEquals(2.5, back.iterations().get(0).loss());
        assertEquals(0.01, back.iterations().get(0).value("lr"));
        assertTrue(Double.isNaN(back.iterations().get(1).loss()), "a NaN loss stays NaN");
        assertEquals(2, back.iterations().get(1).totalEpochs());
        assertEquals(epochs.get(0).values(), back.epochs().get(0).values());
        assertEquals("tiny", Checkpoints.load(file).lessonId(), "the model still loads");
        // Attaching again replaces the history rather than adding a second one.
        Checkpoints.attachHistory(file, new CheckpointHistory(iterations.subList(0, 1), java.util.List.of()));
        assertEquals(1, Checkpoints.history(file).orElseThrow().iterations().size());
    }

    @Test
    void aDamagedHistoryIsRefusedWithAShortMessage() throws Exception {
        Path file = rewrite("bad-history", entries -> {
            entries.put(CheckpointHistory.ENTRY, "{\"format\": 1, \"iterations\": [{\"epoch\": -3}], \"epochs\": []}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return entries;
        });
        var e = assertThrows(Checkpoints.CheckpointException.class, () -> Checkpoints.history(file));
        assertTrue(e.getMessage().contains("damaged run history"), e.getMessage());
        assertEquals("tiny", Checkpoints.load(file).lessonId(), "the model itself still loads");
    }

    @Test
    void notAZip() throws Exception {
        Path file = Files.writeString(dir.resolve("text" + Checkpoints.EXTENSION), "this is not a model");
        assertRefused(file, "not a zip");
    }

    @Test
    void aZipWithoutManifest() throws Exception {
        Path file = rewrite("no-manifest", entries -> {
            entries.remove(Checkpoints.MANIFEST);
            return entries;
        });
        assertRefused(file, "no workbench.json");
    }

    @Test
    void anUnknownFormatVersion() throws Exception {
        Path file = rewriteManifest("format-99", manifest -> manifest.put("format", 99));
        assertRefused(file, "format version 99");
    }

    @Test
    void aSettingThatIsNotText() throws Exception {
        Path file = rewriteManifest("number-setting", manifest -> {
            manifest.putObject("settings").put("epochs", 5);
            return manifest;
        });
        assertRefused(file, "setting 'epochs'");
    }

    @Test
    void aManifestThatIsNotJson() throws Exception {
        Path file = rewrite("bad-json", entries -> {
            entries.put(Checkpoints.MANIFEST, "{\"format\": 2, ".getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        assertRefused(file, "not JSON");
    }

    @Test
    void aMissingNetworkEntry() throws Exception {
        Path file = rewrite("no-network", entries -> {
            entries.remove("networks/model.zip");
            return entries;
        });
        assertRefused(file, "no network entry 'networks/model.zip'");
    }

    @Test
    void randomBytesInANetworkEntry() throws Exception {
        byte[] noise = new byte[5000];
        new Random(3).nextBytes(noise);
        Path file = rewrite("noise", entries -> {
            entries.put("networks/model.zip", noise);
            return entries;
        });
        assertRefused(file, "damaged network 'model'");
    }

    @Test
    void aNetworkZipWithoutWeights() throws Exception {
        Path file = rewrite("no-weights", entries -> {
            entries.put("networks/model.zip", zip(Map.of("configuration.json", "{}".getBytes(StandardCharsets.UTF_8))));
            return entries;
        });
        assertRefused(file, "damaged network 'model'");
    }

    @Test
    void aNetworkWhoseConfigurationIsBroken() throws Exception {
        Path file = rewrite("broken-config", entries -> {
            Map<String, byte[]> inner = unzip(entries.get("networks/model.zip"));
            inner.put("configuration.json", "{\"confs\": 12}".getBytes(StandardCharsets.UTF_8));
            entries.put("networks/model.zip", zip(inner));
            return entries;
        });
        assertRefused(file, "damaged network 'model'");
    }

    @Test
    void nothingReadsJavaSerialization() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("lessons/src/main/java"))) {
            var offenders = sources.filter(path -> path.toString().endsWith(".java")).filter(path -> {
                try {
                    return Files.readString(path).contains("ObjectInputStream");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertEquals(java.util.List.of(), offenders);
        }
        try (ZipFile zip = new ZipFile(good.toFile())) {
            assertFalse(zip.stream().anyMatch(entry -> entry.getName().contains("objects/")), "no serialized objects inside");
        }
    }

    private static void assertRefused(Path file, String problem) {
        var e = assertThrows(Checkpoints.CheckpointException.class, () -> Checkpoints.load(file));
        String message = e.getMessage();
        assertTrue(message.contains(file.toString()), message);
        assertTrue(message.contains(problem), message);
        assertTrue(message.length() < 300, message.length() + " chars: " + message);
        assertFalse(message.contains("AllocationMode") || message.contains("\n"), message);
    }

    private Path rewriteManifest(String name, UnaryOperator<ObjectNode> change) throws IOException {
        return rewrite(name, entries -> {
            try {
                ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get(Checkpoints.MANIFEST));
                entries.put(Checkpoints.MANIFEST, JSON.writeValueAsBytes(change.apply(manifest)));
                return entries;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A copy of the good checkpoint with its entries changed. */
    private Path rewrite(String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = unzip(Files.readAllBytes(good));
        Path file = dir.resolve(name + Checkpoints.EXTENSION);
        Files.write(file, zip(change.apply(entries)));
        return file;
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
