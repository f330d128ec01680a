package dev.workbench.app.shell;

import dev.workbench.app.FxWait;
import dev.workbench.app.WorkbenchApp;
import dev.workbench.app.charts.CanvasChart;
import dev.workbench.app.files.AppDirectories;
import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.lesson.ProgressPanel;
import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.BackendInfo;
import dev.workbench.lessons.engine.Lesson;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every lesson page of the catalog in the real shell at 1280x720 with the text at 200%, as an
 * instructor projects it: the loss chart keeps a plot of at least {@link CanvasChart#MIN_PLOT_HEIGHT}
 * pixels (the page scrolls rather than squeezing it), no run-bar button is cut off, and the status
 * figures (also at their widest, "12,345 samples/s") are neither cut short nor over the progress
 * bar, and no Training-tab chart's title or legend entry is cut off; the same on a 1920x1080
 * projector at 150% and 200%. With the settings column open, none
 * of its labels, links and notes is cut short or past its edge; nor is any item of the shell's
 * status bar.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomLayoutTest {
    private static final long TIMEOUT_S = 30;
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;
    private static final double ZOOM = 2.0;
    private static final List<String> STATUS_IDS = List.of(ProgressPanel.PHASE_ID, ProgressPanel.EPOCH_ID,
            ProgressPanel.ITERATION_ID, ProgressPanel.SPEED_ID, ProgressPanel.ETA_ID);
    /** The widest figures a student sees in the status row. */
    private static final Map<String, String> WIDEST_FIGURES = Map.of(
            ProgressPanel.EPOCH_ID, "Epoch 10 / 10",
            ProgressPanel.ITERATION_ID, "Iteration 12,345 / 12,345",
            ProgressPanel.SPEED_ID, "12,345 samples/s",
            ProgressPanel.ETA_ID, "ETA 1:23:45");
    /** The longest backend line the status bar shows. */
    private static final BackendInfo WIDEST_BACKEND = new BackendInfo("CPU", "OPENBLAS", 128, true);

    @TempDir
    static Path dataDir;

    private WorkbenchShell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = WorkbenchApp.createShell(stage, new AppDirectories(dataDir));
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::close);
    }

    @Test
    void everyLessonKeepsItsLossPlotAndWholeRunBarAt200PercentByDefault(FxRobot robot) {
        robot.interact(() -> shell.fontScale().select(ZOOM));
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : LessonCatalog.all()) {
            LessonPage page = openAndSettle(robot, lesson);
            assertFalse(fx(page::isSettingsShown), lesson.id() + ": the settings column folds away at 200% on 1280 px");
            problems.addAll(layoutProblems(lesson, page));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyLessonFitsA1920By1080ProjectorAt150And200Percent(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        List<String> problems = new ArrayList<>();
        for (double zoom : new double[] {1.5, ZOOM}) {
            robot.interact(() -> shell.fontScale().select(zoom));
            for (Lesson lesson : LessonCatalog.all()) {
                LessonPage page = openAndSettle(robot, lesson);
                for (String problem : layoutProblems(lesson, page)) {
                    problems.add(Math.round(zoom * 100) + "% at 1920x1080: " + problem);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void presentationModeOnF5HidesCatalogAndSettingsAndEveryPageStillFits(FxRobot robot) {
        robot.interact(() -> shell.fontScale().select(ZOOM));
        robot.interact(() -> shell.open(LessonCatalog.all().get(0).id()));
        robot.interact(() -> stage.requestFocus());
        robot.type(KeyCode.F5);
        assertTrue(fx(shell::isPresentation), "F5 turns presentation mode on");
        assertEquals(null, fx(shell::getLeft), "the catalog is hidden");
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : LessonCatalog.all()) {
            LessonPage page = openAndSettle(robot, lesson);
            assertTrue(fx(() -> page.presentationProperty().get()), lesson.id() + " is in presentation mode");
            assertFalse(fx(page::isSettingsShown), lesson.id() + ": no settings column in presentation mode");
            problems.addAll(layoutProblems(lesson, page));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        robot.type(KeyCode.F5);
        assertFalse(fx(shell::isPresentation), "F5 again leaves presentation mode");
        assertTrue(fx(shell::isCatalogVisible), "the catalog comes back");
    }

    @Test
    void statusFiguresAndTheSettingsColumnStayWholeWithTheSettingsColumnOpen(FxRobot robot) {
        robot.interact(() -> shell.fontScale().select(ZOOM));
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : LessonCatalog.all()) {
            LessonPage page = openAndSettle(robot, lesson);
            robot.interact(() -> page.setSettingsShown(true));
            // Narrower and back: the row must follow each width, not the one it had before.
            for (double width : new double[] {WIDTH, 1011, 974, WIDTH}) {
                robot.interact(() -> stage.setWidth(width));
                WaitForAsyncUtils.waitForFxEvents();
                for (String problem : fx(() -> {
                    List<String> found = new ArrayList<>(statusProblems(lesson, page));
                    found.addAll(statusProblemsWith(lesson, page, WIDEST_FIGURES));
                    found.addAll(settingsColumnProblems(lesson, page));
                    found.addAll(settingsColumnProblemsDuringARun(lesson, page));
                    found.addAll(statusBarProblems(lesson, page));
                    return found;
                })) {
                    problems.add("settings open, " + Math.round(width) + " px: " + problem);
                }
            }
            robot.interact(() -> page.setSettingsShown(false));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void settingsColumnFoldsWhenTheTextGrowsAndItsButtonBringsItBack(FxRobot robot) {
        // The zoom is remembered between tests (one data folder): start from 100%.
        robot.interact(() -> shell.fontScale().reset());
        LessonPage page = openAndSettle(robot, LessonCatalog.all().get(0));
        assertTrue(fx(page::isSettingsShown), "at 100% on 1280 px the settings column shows");
        robot.interact(() -> shell.fontScale().select(ZOOM));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(page::isSettingsShown), "at 200% it folds away");
        robot.clickOn("#" + LessonPage.SETTINGS_TOGGLE_ID);
        assertTrue(fx(page::isSettingsShown), "the Settings button opens it again");
        robot.interact(() -> shell.fontScale().reset());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(page::isSettingsShown), "back at 100% it shows");
    }

    private LessonPage openAndSettle(FxRobot robot, Lesson lesson) {
        robot.interact(() -> shell.open(lesson.id()));
        // Layout settles over a few pulses (the tabs' minimum follows the charts' header heights).
        try {
            FxWait.await(5, () -> shell.currentPage().lossChart().plotHeight() >= CanvasChart.MIN_PLOT_HEIGHT);
        } catch (AssertionError ignored) {
            // reported with its numbers by layoutProblems
        }
        WaitForAsyncUtils.waitForFxEvents();
        return fx(shell::currentPage);
    }

    /** What is wrong with the page's layout now, one line per problem. */
    private List<String> layoutProblems(Lesson lesson, LessonPage page) {
        return fx(() -> {
            List<String> problems = new ArrayList<>();
            double plot = page.lossChart().plotHeight();
            if (plot < CanvasChart.MIN_PLOT_HEIGHT) {
                problems.add(lesson.id() + ": loss plot " + Math.round(plot) + " px tall (chart "
                        + Math.round(page.lossChart().getHeight()) + " px)");
            }
            double sceneWidth = page.getScene().getWidth();
            for (Button button : page.runControls().buttons()) {
                if (!button.isVisible() || button.getParent() == null || !button.getParent().isVisible()) {
                    continue;
                }
                Bounds bounds = button.localToScene(button.getBoundsInLocal());
                if (bounds.getMinX() < 0 || bounds.getMaxX() > sceneWidth + 0.5 || bounds.getWidth() < 1) {
                    problems.add(lesson.id() + ": '" + button.getText() + "' at x " + Math.round(bounds.getMinX())
                            + ".." + Math.round(bounds.getMaxX()) + " in a scene " + Math.round(sceneWidth) + " px wide");
                }
            }
            problems.addAll(chartHeaderProblems(lesson, page));
            problems.addAll(statusProblems(lesson, page));
            problems.addAll(statusProblemsWith(lesson, page, WIDEST_FIGURES));
            problems.addAll(statusBarProblems(lesson, page));
            return problems;
        });
    }

    /** A title or legend entry of a Training-tab chart cut short or past its chart's right edge. */
    private static List<String> chartHeaderProblems(Lesson lesson, LessonPage page) {
        List<String> problems = new ArrayList<>();
        javafx.scene.Node grid = page.lookup("." + LessonPage.CHARTS_CLASS);
        for (javafx.scene.Node node : grid.lookupAll("." + CanvasChart.STYLE_CLASS)) {
            CanvasChart chart = (CanvasChart) node;
            // Its layout bounds: its bounds in local would take in the very labels that stick out.
            double right = chart.localToScene(chart.getLayoutBounds()).getMaxX();
            for (Labeled labeled : shownLabeled(chart, new ArrayList<>())) {
                problems.addAll(cutShort(lesson.id() + ": chart '" + chart.getId() + "'", labeled, right));
            }
        }
        return problems;
    }

    /** A shell status bar item cut short or past the window's edge (with the widest backend line). */
    private List<String> statusBarProblems(Lesson lesson, LessonPage page) {
        shell.statusBar().showBackend(WIDEST_BACKEND);
        settleLayout(page);
        List<String> problems = new ArrayList<>();
        double sceneWidth = page.getScene().getWidth();
        for (javafx.scene.Node node : shell.statusBar().lookupAll("." + StatusBar.ITEM_CLASS)) {
            problems.addAll(cutShort(lesson.id() + ": status bar", (Labeled) node, sceneWidth));
        }
        return problems;
    }

    /** A label, link or field text of the settings column cut short or past its right edge. */
    private static List<String> settingsColumnProblems(Lesson lesson, LessonPage page) {
        ScrollPane column = (ScrollPane) page.lookup("." + LessonPage.SETTINGS_CLASS);
        javafx.scene.Node viewport = column.lookup(".viewport");
        double right = viewport.localToScene(viewport.getBoundsInLocal()).getMaxX();
        List<String> problems = new ArrayList<>();
        for (Labeled labeled : shownLabeled(column.getContent(), new ArrayList<>())) {
            problems.addAll(cutShort(lesson.id() + ": settings", labeled, right));
        }
        return problems;
    }

    /** The same with the notes of a run ("applies now", "new run") beside the field labels. */
    private static List<String> settingsColumnProblemsDuringARun(Lesson lesson, LessonPage page) {
        List<String> fields = page.form().fieldOrder();
        page.form().showRunActive(Set.of(fields.get(0)));
        try {
            settleLayout(page);
            List<String> problems = new ArrayList<>();
            for (String problem : settingsColumnProblems(lesson, page)) {
                problems.add(problem + " (during a run)");
            }
            return problems;
        } finally {
            page.form().showRunActive(null);
            settleLayout(page);
        }
    }

    private static List<Labeled> shownLabeled(javafx.scene.Node node, List<Labeled> found) {
        if (!node.isVisible()) {
            return found;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            found.add(labeled);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> shownLabeled(child, found));
        }
        return found;
    }

    /** A text shown with an ellipsis, or reaching past {@code right} (scene x). */
    private static List<String> cutShort(String where, Labeled labeled, double right) {
        List<String> problems = new ArrayList<>();
        String drawn = labeled.lookup(".text") instanceof Text text ? text.getText() : labeled.getText();
        if (!drawn.equals(labeled.getText())) {
            problems.add(where + " '" + labeled.getText() + "' is shown as '" + drawn + "' ("
                    + Math.round(labeled.getWidth()) + " of " + Math.round(labeled.prefWidth(-1)) + " px)");
        }
        Bounds bounds = labeled.localToScene(labeled.getBoundsInLocal());
        if (bounds.getMaxX() > right + 0.5) {
            problems.add(where + " '" + labeled.getText() + "' reaches x " + Math.round(bounds.getMaxX())
                    + ", past its edge at " + Math.round(right));
        }
        return problems;
    }

    /**
     * With these figures in the status row (id to text), what {@link #statusProblems} finds; the
     * row's own figures are put back afterwards. Laid out on the spot, in one go on the FX thread,
     * so that no update of the run overwrites them in between.
     */
    private static List<String> statusProblemsWith(Lesson lesson, LessonPage page, Map<String, String> figures) {
        Map<String, String> shown = new LinkedHashMap<>();
        figures.forEach((id, text) -> {
            Label label = (Label) page.lookup("#" + id);
            shown.put(id, label.getText());
            label.setText(text);
        });
        try {
            settleLayout(page);
            List<String> problems = new ArrayList<>();
            for (String problem : statusProblems(lesson, page)) {
                problems.add(problem + " (with " + String.join(", ", figures.values()) + ")");
            }
            return problems;
        } finally {
            shown.forEach((id, text) -> ((Label) page.lookup("#" + id)).setText(text));
            settleLayout(page);
        }
    }

    /** A status figure that lies over the progress bar, or is cut short with an ellipsis. */
    private static List<String> statusProblems(Lesson lesson, LessonPage page) {
        List<String> problems = new ArrayList<>();
        ProgressBar bar = (ProgressBar) page.lookup("#" + ProgressPanel.BAR_ID);
        Bounds barBounds = bar.localToScene(bar.getBoundsInLocal());
        for (String id : STATUS_IDS) {
            Label label = (Label) page.lookup("#" + id);
            Bounds bounds = label.localToScene(label.getBoundsInLocal());
            if (bounds.intersects(barBounds)) {
                problems.add(lesson.id() + ": '" + label.getText() + "' at y " + Math.round(bounds.getMinY()) + ".."
                        + Math.round(bounds.getMaxY()) + " lies over the progress bar at y "
                        + Math.round(barBounds.getMinY()) + ".." + Math.round(barBounds.getMaxY()));
            }
            String drawn = label.lookup(".text") instanceof Text text ? text.getText() : label.getText();
            if (!drawn.equals(label.getText())) {
                problems.add(lesson.id() + ": '" + label.getText() + "' is shown as '" + drawn + "' ("
                        + Math.round(label.getWidth()) + " of " + Math.round(label.prefWidth(-1)) + " px)");
            }
        }
        return problems;
    }

    /** What one pulse does: styles, then one layout pass. */
    private static void settleLayout(LessonPage page) {
        Parent root = page.getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
