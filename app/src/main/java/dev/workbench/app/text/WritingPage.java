package dev.workbench.app.text;

import dev.workbench.app.lesson.LessonPagePart;
import dev.workbench.app.lesson.PartContext;
import dev.workbench.app.lesson.QuerySlot;
import dev.workbench.app.lesson.RunUpdate;
import dev.workbench.lessons.engine.Numbers;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.text.TextLesson;
import dev.workbench.lessons.text.TextSession;
import dev.workbench.lessons.text.Writing;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.List;
import java.util.Objects;

/**
 * The text lesson's Writing tab. While it is shown it asks the model for a sample every
 * {@value #REFRESH_SECONDS} seconds during training and whenever a run settles; moving the
 * temperature rewrites the sample with the same seed (so only the temperature changes), and
 * Sample now draws with a new seed. The slider is the form's Temperature setting. Each question goes to the training thread through a
 * {@link QuerySlot}: at most one in flight, the newest waiting.
 */
public final class WritingPage implements LessonPagePart {
    public static final String TAB_ID = "writing-tab";
    /** Seconds between samples while training: writing costs the training thread a few updates' time. */
    static final double REFRESH_SECONDS = 4;
    /** Characters each sample adds after the prime. */
    static final int SAMPLE_LENGTH = 400;
    private static final String STYLESHEET = "/dev/workbench/app/css/text.css";

    private final PartContext context;
    private final WritingView view = new WritingView();
    private final Tab tab = new Tab("Writing", view);
    private final QuerySlot<TextSession, Writing> slot;
    private final ReadOnlyIntegerWrapper samples = new ReadOnlyIntegerWrapper(this, "samples");
    private TrainingRun run;
    private long seed;
    private long lastAsked;

    public WritingPage(PartContext context) {
        this.context = context;
        slot = new QuerySlot<>(TextSession.class, () -> run, context.fx(), context.reportError());
        tab.setId(TAB_ID);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                ask();
            }
        });
        view.temperature().valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                temperatureChosen();
            }
        });
        view.temperature().valueProperty().addListener((obs, old, now) -> {
            if (!view.temperature().isValueChanging()) {
                temperatureChosen();
            }
        });
        context.form().textProperty(TextLesson.TEMPERATURE).addListener((obs, old, text) -> followForm(text));
        followForm(context.form().textProperty(TextLesson.TEMPERATURE).get());
        view.prime().setOnAction(e -> ask());
        view.sampleNow().setOnAction(e -> {
            seed++;
            ask();
        });
    }

    @Override
    public Node overview() {
        return null;
    }

    @Override
    public List<Tab> tabs() {
        return List.of(tab);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(WritingPage.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }

    WritingView view() {
        return view;
    }

    /** How many samples have been shown (tests wait on it). */
    public ReadOnlyIntegerProperty samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    @Override
    public void runAttached(TrainingRun attached) {
        run = attached;
        seed = attached.settings().seed();
        view.temperature().setValue(attached.settings().decimal(TextLesson.TEMPERATURE));
        view.clear("The model has not written anything yet.");
        refresh();
    }

    @Override
    public void update(TrainingRun current, RunUpdate update) {
        boolean settled = update.newState()
                .filter(state -> state == RunState.PAUSED || state == RunState.STOPPED || state == RunState.FINISHED)
                .isPresent();
        boolean due = !update.iterations().isEmpty() && System.nanoTime() - lastAsked > REFRESH_SECONDS * 1e9;
        if (settled || due) {
            ask();
        }
    }

    @Override
    public void refresh() {
        ask();
    }

    /** The slider's temperature, rounded as the form shows it. */
    private double temperature() {
        return Math.round(view.temperature().getValue() * 100) / 100.0;
    }

    /**
     * The slider and the form's Temperature setting are one value: the slider writes it into the
     * form (a live setting, so the run's own samples in Live views follow too) and rewrites the
     * sample with the same seed.
     */
    private void temperatureChosen() {
        String text = Numbers.compact(temperature());
        if (!text.equals(context.form().textProperty(TextLesson.TEMPERATURE).get())) {
            context.form().setText(TextLesson.TEMPERATURE, text);
        }
        ask();
    }

    /** A temperature typed into the form moves the slider, when it is a valid one. */
    private void followForm(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            if (value >= TextLesson.MIN_TEMPERATURE && value <= TextLesson.MAX_TEMPERATURE
                    && Math.abs(value - temperature()) >= 0.005) {
                view.temperature().setValue(value);
            }
        } catch (NumberFormatException e) {
            // the form itself says what is wrong with the text
        }
    }

    /** Asks for a sample with the tab's prime, temperature and seed, if the tab is on screen. */
    private void ask() {
        if (run == null || !tab.isSelected()) {
            return;
        }
        lastAsked = System.nanoTime();
        String prime = view.prime().getText();
        double temperature = temperature();
        long sampleSeed = seed;
        TrainingRun asked = run;
        slot.ask(session -> session.write(prime, temperature, SAMPLE_LENGTH, sampleSeed), writing -> {
            view.show(writing, asked.iteration());
            samples.set(samples.get() + 1);
        });
    }
}
