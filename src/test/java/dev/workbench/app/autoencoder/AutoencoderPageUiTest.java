package dev.workbench.app.autoencoder;

import dev.workbench.app.AppLessons;
import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.lesson.RunControls;
import dev.workbench.app.lesson.RunPhase;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.autoencoder.AutoencoderLesson;
import dev.workbench.lessons.autoencoder.LatentPlane;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static dev.workbench.app.FxAwait.fx;
import static dev.workbench.app.FxAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The autoencoder page's own tabs: decoding where the map is clicked, the walk, denoising and the anomaly detector. */
@ExtendWith(ApplicationExtension.class)
class AutoencoderPageUiTest {
    private static final long TIMEOUT_S = 180;

    private LessonPage page;
    private AutoencoderPage part;

    @Start
    void start(Stage stage) {
        page = new LessonPage(new AutoencoderLesson(), BackgroundWorker.singleThread("test-loader"), Platform::runLater,
                new AppLessons());
        part = page.part(AutoencoderPage.class).orElseThrow();
        page.form().setText("train-images", "500");
        page.form().setText("epochs", "1");
        Scene scene = new Scene(page, 1200, 800);
        scene.getStylesheets().addAll(Theme.areaSheets());
        scene.getStylesheets().addAll(part.stylesheets());
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(page.runner()::close);
    }

    @Test
    void clickingTheLatentMapOfAnUntrainedNetworkDecodesThatPoint(FxRobot robot) {
        robot.interact(page::activate);
        select(robot, AutoencoderPage.LATENT_TAB_ID);
        LatentExplorer explorer = part.explorer();
        until(TIMEOUT_S, () -> explorer.plane() != null && explorer.decodedShown() >= 1);
        assertEquals(1000, fx(() -> explorer.plane().size()), "one dot per placed test image");
        until(TIMEOUT_S, () -> explorer.strip().getChildren().size() == LatentExplorer.WALK_STEPS + 2);

        // Press a quarter of the way in from the map's lower left corner.
        LatentPlane plane = fx(explorer::plane);
        double x = quantile(plane.x(), 0.25);
        double y = quantile(plane.y(), 0.25);
        double span = Math.max(range(plane.x()), range(plane.y()));
        List<String> misses = new ArrayList<>();
        boolean hit = false;
        // A loaded CI machine has once delivered a press away from where the robot was sent; a wrong
        // mapping misses every time, a stray press only once.
        for (int attempt = 0; attempt < 2 && !hit; attempt++) {
            awaitSteady(explorer);
            int before = fx(explorer::decodedShown);
            Point2D screen = fx(() -> explorer.map().localToScreen(explorer.map().toLocal(x, y)));
            String layout = fx(() -> explorer.map().localToScreen(explorer.map().getLayoutBounds()).toString());
            robot.clickOn(screen);
            until(TIMEOUT_S, () -> explorer.decodedShown() > before);
            double[] decoded = fx(() -> explorer.map().decodedPoint());
            hit = Math.abs(decoded[0] - x) < 0.03 * span && Math.abs(decoded[1] - y) < 0.03 * span;
            misses.add("decoded " + decoded[0] + ", " + decoded[1] + " for " + x + ", " + y + " pressed at " + screen
                    + " on " + layout + ", then " + fx(() -> explorer.map().localToScreen(explorer.map().getLayoutBounds()))
                    + (fx(explorer::plane) == plane ? "" : ", after a new plane"));
        }
        assertTrue(hit, "decoded where clicked: " + misses);
        assertNotNull(fx(() -> explorer.decodedView().getImage()));
        assertEquals(28.0, fx(() -> explorer.decodedView().getImage().getWidth()));

        // Pick mode: two presses on dots choose the walk's ends.
        robot.clickOn("#" + LatentExplorer.PICK_MODE_ID);
        int a = 10;
        int b = 20;
        robot.clickOn(fx(() -> explorer.map().localToScreen(explorer.map().toLocal(plane.x()[a], plane.y()[a]))));
        robot.clickOn(fx(() -> explorer.map().localToScreen(explorer.map().toLocal(plane.x()[b], plane.y()[b]))));
        until(TIMEOUT_S, () -> explorer.pickB() >= 0 && explorer.pickA() != explorer.pickB());
        assertEquals(plane.x()[a], plane.x()[fx(explorer::pickA)], 0.05 * span, "A is the dot pressed (or one on top of it)");

        select(robot, AutoencoderPage.DENOISE_TAB_ID);
        until(TIMEOUT_S, () -> part.denoisePanel().shown() != null);
        assertEquals(DenoiseView.CLASSES.length, fx(() -> part.denoisePanel().shown().items().size()));
        assertTrue(fx(() -> part.denoisePanel().shown().meanNoisyError()) > 0, "the input is corrupted");

        select(robot, AutoencoderPage.ANOMALY_TAB_ID);
        until(TIMEOUT_S, () -> part.anomalyPanel().holdOutButton().getParent().isVisible());
        robot.clickOn("#" + AnomalyPanel.HOLD_OUT_ID);
        assertEquals(AutoencoderPage.HOLD_OUT_CLASS, fx(() -> page.form().textProperty(AutoencoderLesson.ANOMALY).get()));
    }

    @Test
    void theAnomalyTabShowsTheDetectorAfterTraining(FxRobot robot) {
        robot.interact(() -> page.form().setText(AutoencoderLesson.ANOMALY, "bag"));
        select(robot, AutoencoderPage.ANOMALY_TAB_ID);
        robot.clickOn("#" + RunControls.TRAIN_ID);
        until(TIMEOUT_S, () -> page.runner().phase() == RunPhase.FINISHED);
        AnomalyPanel panel = part.anomalyPanel();
        until(TIMEOUT_S, () -> panel.confusion() != null);
        var confusion = fx(panel::confusion);
        assertEquals(200, confusion.truePositives() + confusion.falseNegatives(), "every shipped test bag");
        assertEquals(1800, confusion.falsePositives() + confusion.trueNegatives(), "every other shipped test image");
        double auc = fx(() -> panel.roc().auc());
        assertTrue(auc >= 0 && auc <= 1, "AUC " + auc + " (after 7 updates it may be on either side of chance)");
        double flagged = confusion.falsePositives() / 1800.0;
        assertTrue(Math.abs(flagged - AnomalyPanel.DEFAULT_FLAGGED) < 0.01, "the first threshold flags ~5% of normal images");

        robot.interact(() -> panel.threshold().setValue(0));
        var all = fx(panel::confusion);
        assertEquals(200, all.truePositives(), "a threshold of 0 flags everything");
    }

    @Test
    void aTableRunKeepsTheDetectorAndTheDotsAndSetsPicturesAside(FxRobot robot) {
        robot.interact(() -> page.form().setText(AutoencoderLesson.DATASET, "breast-cancer"));
        select(robot, AutoencoderPage.ANOMALY_TAB_ID);
        robot.clickOn("#" + RunControls.TRAIN_ID);
        until(TIMEOUT_S, () -> page.runner().phase() == RunPhase.FINISHED);
        AnomalyPanel panel = part.anomalyPanel();
        until(TIMEOUT_S, () -> panel.confusion() != null);
        var confusion = fx(panel::confusion);
        // 20% of each class is test data: 43 of the 212 malignant rows, 72 of the 357 benign ones.
        assertEquals(43, confusion.truePositives() + confusion.falseNegatives(), "every malignant test row");
        assertEquals(72, confusion.falsePositives() + confusion.trueNegatives(), "every benign test row");
        assertTrue(fx(() -> panel.roc().auc()) > 0.5, "even one epoch ranks malignant rows above benign ones");

        // As projected: 1280x720 with the text at 200%. The detector stacks and scrolls instead of cutting words off.
        robot.interact(() -> {
            page.setStyle("-fx-font-size: 30px;");
            page.getScene().getWindow().setWidth(1280);
            page.getScene().getWindow().setHeight(720);
        });
        until(TIMEOUT_S, () -> panel.arrangement() != AnomalyPanel.Arrangement.WIDE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), fx(() -> cutOff(panel)), "labels shown whole at 200%");
        assertTrue(fx(() -> panel.lookup("#" + AnomalyPanel.THRESHOLD_VALUE_ID) instanceof Labeled l
                && l.getText().replace(".", "").replaceFirst("^0+", "").length() == 3), "threshold with three significant digits");
        robot.interact(() -> page.setStyle(""));

        select(robot, AutoencoderPage.LATENT_TAB_ID);
        LatentExplorer explorer = part.explorer();
        until(TIMEOUT_S, () -> explorer.plane() != null);
        assertEquals(115, fx(() -> explorer.plane().size()), "one dot per test row");
        assertFalse(fx(explorer::pictures), "no decoding or walk for rows");
        assertEquals(0, fx(() -> explorer.decodedShown()));

        select(robot, AutoencoderPage.DENOISE_TAB_ID);
        until(TIMEOUT_S, () -> !part.denoisePanel().forImages());
        assertNull(fx(() -> part.denoisePanel().shown()));
    }

    private void select(FxRobot robot, String tabId) {
        robot.interact(() -> {
            TabPane tabs = (TabPane) page.lookup("#" + LessonPage.TABS_ID);
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
    }

    /** The visible labels under the node whose text is drawn shortened (ellipsis) or empty. */
    private static List<String> cutOff(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll(".label")) {
            if (node instanceof Labeled label && shown(label) && !label.getText().isEmpty()
                    && label.lookup(".text") instanceof Text shown && !shown.getText().equals(label.getText())) {
                cut.add(label.getText() + " shown as '" + shown.getText() + "'");
            }
        }
        return cut;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Waits until the map has stayed put, with the same plane and no new decoded picture, for three looks in a row. */
    private static void awaitSteady(LatentExplorer explorer) {
        String last = "";
        for (int settled = 0, tries = 0; settled < 3 && tries < 100; tries++) {
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            String now = fx(() -> explorer.map().localToScreen(explorer.map().getLayoutBounds()) + " "
                    + System.identityHashCode(explorer.plane()) + " " + explorer.decodedShown());
            settled = now.equals(last) ? settled + 1 : 0;
            last = now;
        }
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[(int) (q * (sorted.length - 1))];
    }

    private static double range(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(1) - java.util.Arrays.stream(values).min().orElse(0);
    }
}
