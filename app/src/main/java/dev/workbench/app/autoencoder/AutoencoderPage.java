package dev.workbench.app.autoencoder;

import dev.workbench.app.lesson.LessonPagePart;
import dev.workbench.app.lesson.PartContext;
import dev.workbench.app.lesson.QuerySlot;
import dev.workbench.app.lesson.RunUpdate;
import dev.workbench.lessons.autoencoder.AnomalyScores;
import dev.workbench.lessons.autoencoder.AutoencoderLesson;
import dev.workbench.lessons.autoencoder.AutoencoderSession;
import dev.workbench.lessons.autoencoder.LatentPlane;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.TrainingRun;
import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.List;

/**
 * The autoencoder lesson's own tabs: the latent map (press to decode, pick two images to walk
 * between), denoising side by side, and the anomaly detector. A tab asks the model for fresh views
 * when it is shown, after every epoch while it is shown, and when a run pauses or ends; each
 * question goes to the training thread through {@code TrainingRun.inspect}. A run on table rows
 * (dataset breast-cancer) keeps the map's dots and the anomaly detector; what needs pictures (decoding,
 * the walk, thumbnails, denoising) steps aside with a note.
 */
public final class AutoencoderPage implements LessonPagePart {
    public static final String LATENT_TAB_ID = "autoencoder-latent-tab";
    public static final String DENOISE_TAB_ID = "autoencoder-denoise-tab";
    public static final String ANOMALY_TAB_ID = "autoencoder-anomaly-tab";
    /** The first walk goes from the first trouser to the first sneaker of the test set. */
    private static final int FIRST_A_CLASS = 1;
    private static final int FIRST_B_CLASS = 7;
    /** The class the "hold out" button puts into the settings. */
    static final String HOLD_OUT_CLASS = "bag";

    private final PartContext context;
    private final LatentExplorer explorer = new LatentExplorer();
    private final DenoisePanel denoise = new DenoisePanel();
    private final AnomalyPanel anomaly = new AnomalyPanel();
    private final Tab latentTab = new Tab("Latent map", explorer);
    private final Tab denoiseTab = new Tab("Denoising", denoise);
    private final Tab anomalyTab = new Tab("Anomaly detection", anomaly);

    private final QuerySlot<AutoencoderSession, MapAnswer> mapSlot;
    private final QuerySlot<AutoencoderSession, float[]> decodeSlot;
    private final QuerySlot<AutoencoderSession, List<float[]>> walkSlot;
    private final QuerySlot<AutoencoderSession, DenoiseView> denoiseSlot;
    private final QuerySlot<AutoencoderSession, AnomalyAnswer> anomalySlot;

    private TrainingRun run;
    private boolean latentStale = true;
    private boolean denoiseStale = true;
    private boolean anomalyStale = true;

    public AutoencoderPage(PartContext context) {
        this.context = context;
        mapSlot = slot();
        decodeSlot = slot();
        walkSlot = slot();
        denoiseSlot = slot();
        anomalySlot = slot();
        latentTab.setId(LATENT_TAB_ID);
        denoiseTab.setId(DENOISE_TAB_ID);
        anomalyTab.setId(ANOMALY_TAB_ID);
        latentTab.setOnSelectionChanged(e -> refreshShown());
        denoiseTab.setOnSelectionChanged(e -> refreshShown());
        anomalyTab.setOnSelectionChanged(e -> refreshShown());
        explorer.setOnDecode(this::decode);
        explorer.setOnWalk(this::walk);
        denoise.setOnAsk((noise, offset) -> denoiseSlot.ask(s -> s.images() ? DenoiseView.capture(s, noise, offset) : null,
                this::showDenoised));
        anomaly.holdOutButton().setOnAction(e -> context.form().setText(AutoencoderLesson.ANOMALY, HOLD_OUT_CLASS));
    }

    private <T> QuerySlot<AutoencoderSession, T> slot() {
        return new QuerySlot<>(AutoencoderSession.class, () -> run, context.fx(), context.reportError());
    }

    @Override
    public Node overview() {
        return null;
    }

    @Override
    public List<Tab> tabs() {
        return List.of(latentTab, denoiseTab, anomalyTab);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(AutoencoderPage.class.getResource("/dev/workbench/app/css/autoencoder.css").toExternalForm());
    }

    LatentExplorer explorer() {
        return explorer;
    }

    DenoisePanel denoisePanel() {
        return denoise;
    }

    AnomalyPanel anomalyPanel() {
        return anomaly;
    }

    @Override
    public void runAttached(TrainingRun attached) {
        run = attached;
        explorer.clear();
        denoise.clear();
        anomaly.clear();
        refresh();
    }

    @Override
    public void update(TrainingRun current, RunUpdate update) {
        boolean settled = update.newState()
                .filter(state -> state == RunState.PAUSED || state == RunState.STOPPED || state == RunState.FINISHED)
                .isPresent();
        if (!update.epochs().isEmpty() || settled) {
            refresh();
        }
    }

    /** Marks every view stale and refreshes the one on screen; the others refresh when shown. */
    @Override
    public void refresh() {
        latentStale = true;
        denoiseStale = true;
        anomalyStale = true;
        refreshShown();
    }

    private void refreshShown() {
        if (run == null) {
            return;
        }
        if (latentTab.isSelected() && latentStale) {
            latentStale = false;
            boolean withImages = explorer.plane() == null;
            mapSlot.ask(s -> new MapAnswer(s.plane(), withImages ? s.latentImages() : null, heldOut(s), s.images()),
                    this::showMap);
        }
        if (denoiseTab.isSelected() && denoiseStale) {
            denoiseStale = false;
            denoise.ask();
        }
        if (anomalyTab.isSelected() && anomalyStale) {
            anomalyStale = false;
            anomalySlot.ask(AnomalyAnswer::capture, this::showAnomaly);
        }
    }

    private void showMap(MapAnswer answer) {
        boolean first = explorer.plane() == null;
        explorer.setPictures(answer.pictures());
        explorer.showPlane(answer.plane(), answer.heldOut());
        if (answer.images() != null) {
            explorer.setImages(answer.images());
        }
        if (!answer.pictures()) {
            return; // table rows: nothing to decode or walk between
        }
        LatentPlane plane = answer.plane();
        double[] point = explorer.map().decodedPoint();
        if (point == null) {
            point = centre(plane);
            explorer.map().markDecoded(point[0], point[1]);
        }
        decode(point[0], point[1]);
        if (first || explorer.pickA() < 0 || explorer.pickB() < 0) {
            explorer.setPicks(firstOf(plane, FIRST_A_CLASS, 0), firstOf(plane, FIRST_B_CLASS, Math.min(1, plane.size() - 1)));
        } else {
            walk(explorer.pickA(), explorer.pickB());
        }
    }

    private void decode(double x, double y) {
        LatentPlane plane = explorer.plane();
        if (plane == null || !explorer.pictures()) {
            return;
        }
        double[] code = plane.code(x, y);
        decodeSlot.ask(s -> s.decode(code), image -> explorer.showDecoded(image, x, y, code));
    }

    private void walk(int a, int b) {
        if (!explorer.pictures()) {
            return;
        }
        walkSlot.ask(s -> s.interpolate(a, b, LatentExplorer.WALK_STEPS), images -> explorer.showWalk(a, b, images));
    }

    /** A run on images shows the denoising grid; a run on table rows (null view) says it is for images. */
    private void showDenoised(DenoiseView view) {
        denoise.setForImages(view != null);
        if (view != null) {
            denoise.show(view);
        }
    }

    private void showAnomaly(AnomalyAnswer answer) {
        anomaly.setWords(answer.words());
        if (answer.scores() == null) {
            anomaly.setOff(true);
        } else {
            anomaly.show(answer.scores(), answer.anomalyClass());
        }
    }

    private static double[] centre(LatentPlane plane) {
        double[] xs = plane.x();
        double[] ys = plane.y();
        double x = 0;
        double y = 0;
        for (int i = 0; i < xs.length; i++) {
            x += xs[i];
            y += ys[i];
        }
        return xs.length == 0 ? new double[]{0, 0} : new double[]{x / xs.length, y / xs.length};
    }

    private static int firstOf(LatentPlane plane, int label, int fallback) {
        int[] labels = plane.labels();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                return i;
            }
        }
        return fallback;
    }

    /**
     * The latent plane, the test images behind its dots when the view has none yet (empty for table
     * rows), the held-out class or "", and whether the examples are pictures.
     */
    private record MapAnswer(LatentPlane plane, List<float[]> images, String heldOut, boolean pictures) {
    }

    /** The class left out of training, or "" (runs on the training thread). */
    private static String heldOut(AutoencoderSession session) {
        return session.anomalyName();
    }

    /** The test set's anomaly scores, the anomalous class's name, and how to name the examples; scores null outside anomaly mode. */
    private record AnomalyAnswer(AnomalyScores scores, String anomalyClass, ExampleWords words) {
        /** Runs on the training thread only. */
        static AnomalyAnswer capture(AutoencoderSession session) {
            ExampleWords words = session.images() ? ExampleWords.IMAGES : ExampleWords.rows(normalGroup(session));
            if (!session.autoencoderSettings().anomalyMode()) {
                return new AnomalyAnswer(null, "", words);
            }
            return new AnomalyAnswer(session.anomalyScores(), session.anomalyName(), words);
        }

        /** The classes the network trained on, by name ("benign"). */
        private static String normalGroup(AutoencoderSession session) {
            return String.join(" or ", session.classNames().stream().filter(name -> !name.equals(session.anomalyName()))
                    .toList());
        }
    }
}
