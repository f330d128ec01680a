package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.AtomicFiles;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.RunEvent;
import dev.workbench.lessons.engine.RunListener;
import dev.workbench.lessons.engine.TrainingRun;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Saves a lesson's {@link dev.workbench.lessons.engine.Lesson#savedSamples saved samples} probe as
 * PNG grids while {@code workbench run} trains: {@code samples-000000.png} before the first
 * iteration, then every {@code every} iterations and after the last one. The probe is asked on the
 * training thread between iterations ({@link TrainingRun#inspect}), so the grid shows the model
 * exactly after iteration N. Grey values in [0, 1] become black to white; each image is drawn at
 * {@value #SCALE}x with a {@value #GAP}-pixel grey gap around it.
 */
final class SampleGrids implements RunListener {
    static final int DEFAULT_EVERY = 500;
    static final int SCALE = 3;
    static final int GAP = 2;
    private static final int GAP_GREY = 0x80;

    private final TrainingRun run;
    private final String probeId;
    private final int every;
    private final Path folder;
    private final PrintStream err;
    private final AtomicBoolean warned = new AtomicBoolean();
    private volatile long lastSaved = -1;
    /** Every save asked for so far, to wait for before the command ends. */
    private final java.util.List<java.util.concurrent.CompletableFuture<Void>> saves =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    SampleGrids(TrainingRun run, String probeId, int every, Path folder, PrintStream err) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be positive: " + every);
        }
        this.run = run;
        this.probeId = probeId;
        this.every = every;
        this.folder = folder;
        this.err = err;
    }

    /** The grid before training (iteration 0); call before the run starts. */
    void saveInitial() {
        save(0);
    }

    /**
     * The grid of the final model, unless the last iteration was already saved; call after the run
     * ended. Returns when every grid asked for is written.
     */
    void saveFinal() {
        long last = run.iteration();
        if (last > 0 && last != lastSaved) {
            save(last);
        }
        saves.forEach(java.util.concurrent.CompletableFuture::join);
    }

    @Override
    public void onEvent(RunEvent event) {
        if (event instanceof RunEvent.IterationMetrics it && it.iteration() % every == 0) {
            save(it.iteration());
        }
    }

    static String fileName(long iteration) {
        return String.format(Locale.ROOT, "samples-%06d.png", iteration);
    }

    private java.util.concurrent.CompletableFuture<Void> save(long iteration) {
        lastSaved = iteration;
        java.util.concurrent.CompletableFuture<Void> saved = run.inspect(session -> session.probe(probeId)).thenAccept(record -> record
                .filter(ProbeRecord.Images.class::isInstance)
                .map(ProbeRecord.Images.class::cast)
                .ifPresent(images -> write(images, folder.resolve(fileName(iteration)))))
                .exceptionally(error -> {
                    warn(error);
                    return null;
                });
        saves.add(saved);
        return saved;
    }

    private void write(ProbeRecord.Images images, Path file) {
        try {
            BufferedImage picture = picture(images);
            AtomicFiles.writeFile(file, temp -> {
                if (!ImageIO.write(picture, "png", temp.toFile())) {
                    throw new IOException("no PNG writer");
                }
            });
        } catch (IOException e) {
            warn(e);
        }
    }

    private void warn(Throwable error) {
        if (warned.compareAndSet(false, true)) {
            err.println("workbench: cannot save sample images in " + folder + ": " + error.getMessage());
        }
    }

    /** Columns of the grid: the record's own, or a square-ish layout when it leaves it open. */
    static int columns(ProbeRecord.Images images) {
        int n = images.pixels().size();
        return images.columns() > 0 ? Math.min(images.columns(), Math.max(1, n))
                : Math.max(1, (int) Math.ceil(Math.sqrt(n)));
    }

    /** The images as one grey-scale picture, row after row, with gaps between and around them. */
    static BufferedImage picture(ProbeRecord.Images images) {
        var pixels = images.pixels();
        int columns = columns(images);
        int rows = Math.max(1, (pixels.size() + columns - 1) / columns);
        int cellW = images.width() * SCALE;
        int cellH = images.height() * SCALE;
        int width = columns * cellW + (columns + 1) * GAP;
        int height = rows * cellH + (rows + 1) * GAP;
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        var raster = picture.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, GAP_GREY);
            }
        }
        for (int k = 0; k < pixels.size(); k++) {
            float[] image = pixels.get(k);
            int left = GAP + (k % columns) * (cellW + GAP);
            int top = GAP + (k / columns) * (cellH + GAP);
            for (int y = 0; y < cellH; y++) {
                for (int x = 0; x < cellW; x++) {
                    float v = image[(y / SCALE) * images.width() + x / SCALE];
                    int grey = Math.round(255 * Math.max(0, Math.min(1, Float.isFinite(v) ? v : 0)));
                    raster.setSample(left + x, top + y, 0, grey);
                }
            }
        }
        return picture;
    }
}
