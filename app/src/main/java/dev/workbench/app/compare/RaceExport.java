package dev.workbench.app.compare;

import dev.workbench.app.files.AppDirectories;
import dev.workbench.app.files.FileNames;
import dev.workbench.app.files.ImageExport;
import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.BannerArea;
import dev.workbench.app.lesson.LessonRunner;
import dev.workbench.app.lesson.MessageBanner;
import dev.workbench.lessons.race.Race;
import dev.workbench.lessons.race.RaceReport;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Saves the current race: every lane's losses and the results table as CSV (the engine's
 * {@link RaceReport}), the race charts as PNG. Files are written in the background; the page's
 * banner says where they went or what went wrong.
 */
final class RaceExport {
    static final String LOSSES = "-losses";
    static final String RESULTS = "-results";

    private final String lessonId;
    private final RaceRunner runner;
    private final javafx.scene.layout.Region charts;
    private final BackgroundWorker worker;
    private final Executor fx;
    private final BannerArea banners;

    RaceExport(String lessonId, RaceRunner runner, javafx.scene.layout.Region charts, BackgroundWorker worker, Executor fx, BannerArea banners) {
        this.lessonId = lessonId;
        this.runner = runner;
        this.charts = charts;
        this.worker = worker;
        this.fx = fx;
        this.banners = banners;
    }

    /** Asks where to save the CSV files, then saves them. */
    void chooseCsv(Window owner) {
        choose(owner, "race", LOSSES + ".csv", "CSV files").ifPresent(this::writeCsv);
    }

    /** Asks where to save the picture, then saves it. */
    void choosePng(Window owner) {
        choose(owner, "race", ".png", "PNG images").ifPresent(this::writePng);
    }

    /** Writes the losses to {@code lossesFile} and the results next to it ({@link #resultsFileFor}). */
    CompletableFuture<List<Path>> writeCsv(Path lossesFile) {
        Race race = runner.raceProperty().get();
        if (race == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("There is no race to export yet."));
        }
        double target = runner.targetLossProperty().get();
        Path resultsFile = resultsFileFor(lossesFile);
        CompletableFuture<List<Path>> written = worker.submit(() -> {
            RaceReport.writeLossesCsv(race, lossesFile);
            RaceReport.writeResultsCsv(race.results(target), resultsFile);
            return List.of(lossesFile, resultsFile);
        });
        return report(written, files -> "Saved the race's losses and results: " + files.get(0).getFileName() + " and "
                + files.get(1).getFileName() + " in " + files.get(0).toAbsolutePath().getParent());
    }

    /** Takes the picture now (on the FX thread) and writes it in the background. */
    CompletableFuture<Path> writePng(Path file) {
        var image = ImageExport.of(dev.workbench.app.charts.ChartPicture.take(charts));
        return report(worker.submit(() -> ImageExport.writePng(image, file)),
                saved -> "Saved the race charts: " + saved.toAbsolutePath());
    }

    /** {@code x-losses.csv} gives {@code x-results.csv}; any other name gets {@code -results} added. */
    static Path resultsFileFor(Path lossesFile) {
        String name = lossesFile.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        String results = stem.endsWith(LOSSES) ? stem.substring(0, stem.length() - LOSSES.length()) + RESULTS : stem + RESULTS;
        return lossesFile.resolveSibling(results + ".csv");
    }

    private Optional<Path> choose(Window owner, String what, String extension, String description) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the race");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*" + extension.substring(extension.lastIndexOf('.'))));
        try {
            chooser.setInitialDirectory(AppDirectories.forCurrentUser().exports().toFile());
        } catch (RuntimeException e) {
            // No exports folder: the chooser starts wherever the system likes.
        }
        chooser.setInitialFileName(FileNames.stamped(lessonId, what, extension));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private <T> CompletableFuture<T> report(CompletableFuture<T> work, Function<T, String> success) {
        return work.whenCompleteAsync((value, error) -> {
            if (error != null) {
                banners.show(MessageBanner.Kind.ERROR, "Export failed: " + LessonRunner.describe(error));
            } else {
                banners.show(MessageBanner.Kind.SUCCESS, success.apply(value));
            }
        }, fx);
    }
}
