package dev.workbench.app.landscape;

import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Plays a race: the playback position advances at {@link #speedProperty()} steps per second, the
 * worker computes a little ahead of it, and once per frame the tracks are topped up from the
 * worker's queue and handed to the drawing callback. Changing the setup keeps the position, so a
 * slider moved mid-race redraws every path up to the same step. FX thread only.
 */
public final class RacePlayer {
    public static final double DEFAULT_SPEED = 60;
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(RacePlayer.class);
    private static final double MAX_FRAME_SECONDS = 0.1;
    private static final double LOOKAHEAD_SECONDS = 0.5;
    private static final int MIN_LOOKAHEAD = 40;

    private final RaceWorker worker;
    private final FrameRateMeter meter = new FrameRateMeter();
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", DEFAULT_SPEED);
    private final ReadOnlyIntegerWrapper shownStep = new ReadOnlyIntegerWrapper(this, "shownStep");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private final ReadOnlyObjectWrapper<RaceTracks> tracks = new ReadOnlyObjectWrapper<>(this, "tracks");
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };
    private Consumer<RaceTracks> onFrame = t -> { };
    private double position;
    private long lastFrame;
    private boolean running;
    private boolean dirty;

    public RacePlayer() {
        this(new RaceWorker());
    }

    RacePlayer(RaceWorker worker) {
        this.worker = worker;
    }

    /** Called once per frame in which the race on screen changed, with the tracks to draw. */
    public void setOnFrame(Consumer<RaceTracks> action) {
        this.onFrame = action;
    }

    /** Starts a race with this setup, at the current position (or at step 0 when {@code fromStart}). */
    public void load(RaceSetup setup, boolean fromStart) {
        if (fromStart) {
            position = 0;
        }
        long generation = worker.restart(setup, (int) position + lookahead());
        tracks.set(new RaceTracks(generation, setup));
        failure.set(null);
        finished.set(false);
        dirty = true;
        wake();
    }

    public void play() {
        RaceTracks current = tracks.get();
        if (current == null || current.failure().isPresent()) {
            return;
        }
        if (finished.get()) {
            position = 0;
            finished.set(false);
        }
        if (!playing.get()) {
            meter.restart();
            playing.set(true);
        }
        wake();
    }

    public void pause() {
        if (playing.get()) {
            playing.set(false);
            LOG.debug("Landscape playback paused: {}", meter.summary());
        }
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Shows one more step and pauses. */
    public void step() {
        pause();
        if (!finished.get()) {
            position = Math.min(Math.floor(position) + 1, RaceWorker.MAX_STEPS);
            wake();
        }
    }

    /** Back to the start point, paused; the paths are cleared. */
    public void reset() {
        pause();
        position = 0;
        RaceTracks current = tracks.get();
        if (current != null) {
            load(current.setup(), true);
        }
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The race step on screen. */
    public ReadOnlyIntegerProperty shownStepProperty() {
        return shownStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** True once every lane has stopped (diverged or the step limit) and all of it is on screen. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Why the race thread stopped, or null. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RaceTracks> tracksProperty() {
        return tracks.getReadOnlyProperty();
    }

    public FrameRateMeter meter() {
        return meter;
    }

    /** Stops the animation and the race thread; the player cannot be used afterwards. */
    public void close() {
        pause();
        timer.stop();
        running = false;
        worker.close();
    }

    /** Stops drawing while the page is hidden; {@link #wake()} resumes. */
    void sleep() {
        pause();
        timer.stop();
        running = false;
    }

    void wake() {
        if (!running) {
            running = true;
            lastFrame = 0;
            timer.start();
        }
    }

    private void frame(long now) {
        RaceTracks current = tracks.get();
        if (current == null) {
            timer.stop();
            running = false;
            return;
        }
        for (RaceChunk chunk = worker.poll(); chunk != null; chunk = worker.poll()) {
            dirty |= current.accept(chunk);
        }
        current.failure().ifPresent(message -> {
            failure.set(message);
            pause();
        });
        if (playing.get()) {
            advance(current, now);
        }
        if (current.exhausted() && position >= current.computedSteps()) {
            position = current.computedSteps();
            if (!finished.get()) {
                finished.set(true);
                pause();
            }
        }
        lastFrame = now;
        worker.want((int) position + lookahead());
        int shown = (int) Math.min(Math.floor(position), current.computedSteps());
        long drawStart = System.nanoTime();
        if (shown != shownStep.get() || dirty) {
            dirty = false;
            shownStep.set(shown);
            onFrame.accept(current);
        }
        if (playing.get()) {
            meter.frame(now, System.nanoTime() - drawStart);
        }
        boolean caughtUp = shown >= Math.floor(position) || current.exhausted() && shown >= current.computedSteps()
                || failure.get() != null;
        if (!playing.get() && caughtUp) {
            timer.stop();
            running = false;
        }
    }

    private void advance(RaceTracks current, long now) {
        double seconds = lastFrame == 0 ? 0 : Math.min(MAX_FRAME_SECONDS, (now - lastFrame) / 1e9);
        if (current.computedSteps() >= Math.floor(position)) {
            position = Math.min(position + speed.get() * seconds, RaceWorker.MAX_STEPS);
        }
    }

    private int lookahead() {
        return Math.max(MIN_LOOKAHEAD, (int) Math.ceil(speed.get() * LOOKAHEAD_SECONDS));
    }
}
