package dev.workbench.lessons.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbenchCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return WorkbenchCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowsLessonsAndTheirHyperparameters() {
        assertEquals(0, run("list"));
        assertTrue(out().contains("cnn"));
        assertTrue(out().contains("--learning-rate"));
        assertTrue(out().contains("sgd | momentum | nesterov | rmsprop | adagrad | adadelta | adam | adamax | nadam | amsgrad"));
    }

    @Test
    void listOfOneLessonAndHelpAfterACommandShowThatLessonsOptions() {
        assertEquals(0, run("list", "learning-rate"));
        assertTrue(out().contains("--learning-rate"), out());
        assertFalse(out().contains("--dropout"), "only the named lesson: " + out());

        out.reset();
        assertEquals(0, run("run", "cnn", "--help"));
        assertTrue(out().contains("Usage: workbench"), out());
        assertTrue(out().contains("--dropout"), out());

        assertEquals(WorkbenchCli.USAGE, run("list", "nope"));
        assertTrue(err().contains("unknown lesson 'nope'"), err());
    }

    @Test
    void benchPeerNamesTheScriptThatComparesWithPyTorch() {
        assertEquals(WorkbenchCli.USAGE, run("bench", "gan", "--peer"));
        assertTrue(err().contains("bench/peer.sh gan"), err());
    }

    @Test
    void infoReportsTheBackend() {
        assertEquals(0, run("info"));
        assertTrue(out().contains("Backend:   CPU"), out());
        assertTrue(out().contains("oneDNN helpers on"), out());
    }

    @Test
    void runTrainsAndWritesMetricsAndACheckpoint(@TempDir Path dir) throws Exception {
        int code = run("run", "cnn", "--epochs", "1", "--optimizer", "adam", "--lr", "1e-3", "--seed", "42",
                "--out", dir.toString());
        assertEquals(0, code, err());
        assertTrue(out().contains("optimizer Adam,"), "the optimizer's one display name, as in race lanes: " + out());
        assertTrue(out().contains("Test accuracy: "), out());
        assertTrue(out().contains("epoch 1: train loss"), out());
        assertTrue(out().matches("(?s).*Training speed: [0-9,]+ samples/s of training time.*"), out());
        Path csv = dir.resolve("metrics.csv");
        assertTrue(Files.readAllLines(csv).size() > 100);
        assertTrue(Files.size(dir.resolve("cnn.dlwb.zip")) > 100_000);
        double accuracy = Double.parseDouble(out().replaceAll("(?s).*Test accuracy: ([0-9.]+)%.*", "$1"));
        assertTrue(accuracy > 75, "one epoch on the shipped subset: " + accuracy);
    }

    @Test
    void selfTestTrainsBrieflyAndPasses() {
        assertEquals(0, run("--self-test"), out() + err());
        assertTrue(out().contains("PASS"), out());
    }

    @Test
    void badOptimizerSaysWhatIsAllowed() {
        assertEquals(2, run("run", "cnn", "--optimizer", "adamw"));
        assertTrue(err().contains("Optimizer must be one of sgd | momentum | nesterov | rmsprop | adagrad | adadelta | adam | adamax | nadam | amsgrad, not 'adamw'"), err());
    }

    @Test
    void outOfRangeValueSaysTheRange() {
        assertEquals(2, run("run", "cnn", "--lr", "7"));
        assertTrue(err().contains("Learning rate must be between 1e-05 and 1, not 7"), err());
    }

    @Test
    void compareWithABadOptimizerListsTheValidNames() {
        assertEquals(2, run("compare", "cnn", "--optimizers", "sgd:0.05,adamw:0.001"));
        assertTrue(err().contains("adamw"), err());
        assertTrue(err().contains("sgd, momentum, nesterov, rmsprop, adagrad, adadelta, adam, adamax, nadam, amsgrad"), err());
    }

    @Test
    void compareRacesOptimizersAndWritesItsReport(@TempDir Path dir) throws Exception {
        assertEquals(0, run("compare", "cnn", "--optimizers", "sgd:0.05,adam:0.001", "--epochs", "1",
                "--train-images", "640", "--out", dir.toString()), err());
        assertTrue(out().contains("SGD (lr 0.05)") && out().contains("Adam (lr 0.001)"), out());
        assertFalse(out().contains("sgd (") || out().contains("adam ("), "one display name per optimizer: " + out());
        assertTrue(Files.size(dir.resolve("race.png")) > 10_000);
        assertEquals(3, Files.readAllLines(dir.resolve("race-results.csv")).size());
        assertEquals(1 + 2 * 10, Files.readAllLines(dir.resolve("race-losses.csv")).size());
    }

    @Test
    void anOptionWithoutItsValueSaysSoInWords() {
        assertEquals(2, run("run", "cnn", "--epochs"));
        assertTrue(err().contains("--epochs needs a value"), err());
        assertFalse(err().contains("true"), "no made-up value in the message: " + err());
    }

    @Test
    void compareWithoutLanesListsTheLessonsComparisons() {
        assertEquals(2, run("compare", "cnn"));
        assertTrue(err().contains("with-without-augmentation") && err().contains("With vs without augmentation"), err());
        assertTrue(err().contains("--optimizers NAME[:RATE]"), "says how to define lanes: " + err());
        assertFalse(err().contains("()"), "never an empty list: " + err());
    }

    @Test
    void aBadLearningRateInTheOptimizerListIsExplainedInWords() {
        assertEquals(2, run("compare", "cnn", "--optimizers", "sgd:abc,adam"));
        assertTrue(err().contains("the learning rate of sgd must be a number such as 0.01, not 'abc'"), err());
        assertFalse(err().contains("For input string"), "no Java exception text: " + err());
        assertEquals(2, run("compare", "cnn", "--optimizers", "sgd:-1,adam"));
        assertTrue(err().contains("the learning rate of sgd must be a positive number, not '-1'"), err());
    }

    @Test
    void unknownOptionListsTheOptions() {
        assertEquals(2, run("run", "cnn", "--momentum", "0.9"));
        assertTrue(err().contains("unknown option --momentum"), err());
        assertTrue(err().contains("--learning-rate"), err());
    }

    @Test
    void unknownLessonAndCommandAreRefused() {
        assertEquals(2, run("run", "transformer"));
        assertTrue(err().contains("unknown lesson 'transformer'. Lessons: learning-rate, batch-size, cnn, augmentation"), err());
        assertEquals(2, run("fly"));
        assertTrue(err().contains("unknown command 'fly'"), err());
        assertEquals(2, run("run", "cnn", "--seed", "abc"));
        assertTrue(err().contains("--seed must be a whole number"), err());
    }

    @Test
    void missingFullDatasetIsADataError(@TempDir Path dir) {
        assertEquals(4, run("run", "cnn", "--dataset", "full", "--data-dir", dir.resolve("nowhere").toString()));
        assertTrue(err().contains("nowhere") && err().contains("does not exist"), err());
    }
}
