package dev.workbench.app.lesson;

import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.List;

/**
 * Lesson-specific views plugged into the generic {@link LessonPage} (predictions and filters
 * for a CNN, generated samples for a GAN...). A part hears about runs like any other observer
 * and asks the model questions only through {@code TrainingRun.inspect}, never on the FX thread.
 */
public interface LessonPagePart extends LessonRunner.Observer {
    /** Shown under the charts on the Training tab, or null. */
    Node overview();

    /** Tabs added after the Training tab. */
    List<Tab> tabs();

    /** Asks the model for fresh views now (a "refresh" button, a checkpoint just loaded). */
    void refresh();

    /** Style sheets this part needs, as resource URLs. */
    default List<String> stylesheets() {
        return List.of();
    }
}
