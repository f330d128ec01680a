package dev.workbench.app.shell;

import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.lesson.RunPhase;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Asks before quitting throws away training: a run that is under way, or paused part-way and not
 * saved since its last step. Quitting with nothing at stake asks nothing.
 */
final class QuitGuard {
    static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType KEEP = new ButtonType("Keep working", ButtonBar.ButtonData.CANCEL_CLOSE);

    /** The last iteration each page's model had when it was saved. */
    private final Map<LessonPage, IterationMetrics> savedAt = new IdentityHashMap<>();
    private Predicate<String> confirm;

    QuitGuard(Window owner) {
        this.confirm = message -> ask(owner, message);
    }

    /** Replaces the question (tests answer it without a dialog). */
    void setConfirmation(Predicate<String> confirmation) {
        this.confirm = confirmation;
    }

    /** Remembers that this page's model, as it is now, is saved. */
    void saved(LessonPage page) {
        savedAt.put(page, page.runner().latestProperty().get());
    }

    /** Whether the app may quit: nothing is at stake, or the student said so. */
    boolean mayQuit(Collection<LessonPage> pages) {
        List<String> unsaved = pages.stream().filter(this::atStake).map(page -> page.lesson().info().title()).toList();
        if (unsaved.isEmpty()) {
            return true;
        }
        String which = String.join(", ", unsaved);
        return confirm.test("Training in " + which + (unsaved.size() == 1 ? " is" : " are")
                + " under way or paused and not saved. Quit anyway? The trained model will be lost"
                + " (File > Save checkpoint keeps it).");
    }

    private boolean atStake(LessonPage page) {
        RunPhase phase = page.runner().phase();
        if (phase == RunPhase.RUNNING) {
            return true;
        }
        IterationMetrics latest = page.runner().latestProperty().get();
        return phase == RunPhase.PAUSED && latest != null && savedAt.get(page) != latest;
    }

    private static boolean ask(Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, QUIT, KEEP);
        alert.setTitle("Quit the Workbench?");
        alert.setHeaderText("Quit while training?");
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert.showAndWait().filter(QUIT::equals).isPresent();
    }
}
