package dev.workbench.app.shell;

import dev.workbench.app.lesson.LessonPage;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keys for teaching in front of a class: F11 full screen; F5 presentation mode; Ctrl+plus,
 * Ctrl+minus, Ctrl+0 text size; and, unless the cursor is in a text field, Space pause/resume, Right arrow step, R reset.
 */
final class InstructorShortcuts {
    private static final Set<KeyCode> ZOOM_IN = EnumSet.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD);
    private static final Set<KeyCode> ZOOM_OUT = EnumSet.of(KeyCode.MINUS, KeyCode.SUBTRACT);
    private static final Set<KeyCode> ZOOM_RESET = EnumSet.of(KeyCode.DIGIT0, KeyCode.NUMPAD0);

    private final WorkbenchShell shell;

    InstructorShortcuts(WorkbenchShell shell) {
        this.shell = shell;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (handle(event, scene.getFocusOwner())) {
                event.consume();
            }
        });
    }

    private boolean handle(KeyEvent event, Node focus) {
        KeyCode code = event.getCode();
        if (code == KeyCode.F11) {
            shell.toggleFullScreen();
            return true;
        }
        if (code == KeyCode.F5 && !event.isShortcutDown() && !event.isAltDown()) {
            shell.togglePresentation();
            return true;
        }
        if (event.isShortcutDown() && !event.isAltDown()) {
            if (ZOOM_IN.contains(code)) {
                shell.fontScale().increase();
                return true;
            }
            if (ZOOM_OUT.contains(code)) {
                shell.fontScale().decrease();
                return true;
            }
            if (ZOOM_RESET.contains(code)) {
                shell.fontScale().reset();
                return true;
            }
            return false;
        }
        if (event.isAltDown() || event.isMetaDown() || event.isControlDown() || focus instanceof TextInputControl) {
            return false;
        }
        return switch (code) {
            case SPACE -> onPage(LessonPage::togglePause);
            case RIGHT -> onPage(LessonPage::step);
            case R -> onPage(LessonPage::reset);
            default -> code.isLetterKey() || code.isDigitKey() ? subStep(code.getChar()) : false;
        };
    }

    /** A lesson's own sub-step key ("D" for Step D in a GAN), if the current model has one. */
    private boolean subStep(String key) {
        LessonPage page = shell.currentPage();
        return page != null && page.stepSubByKey(key);
    }

    private boolean onPage(Consumer<LessonPage> action) {
        LessonPage page = shell.currentPage();
        if (page == null) {
            return false;
        }
        action.accept(page);
        return true;
    }
}
