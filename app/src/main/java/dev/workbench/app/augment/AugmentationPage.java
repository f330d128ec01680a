package dev.workbench.app.augment;

import dev.workbench.app.cnn.CnnPage;
import dev.workbench.app.controls.SliderField;
import dev.workbench.app.lesson.LessonPagePart;
import dev.workbench.app.lesson.PartContext;
import dev.workbench.app.lesson.RunUpdate;
import dev.workbench.lessons.engine.TrainingRun;
import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The data-augmentation lesson's views: the CNN lesson's own (it trains the same LeNet) plus the
 * augmentation preview as the first tab after Training.
 */
public final class AugmentationPage implements LessonPagePart {
    public static final String PREVIEW_TAB_ID = "augmentation-preview-tab";
    private static final String CSS = "/dev/workbench/app/css/augmentation.css";

    private final CnnPage cnn;
    private final AugmentationPreview preview;
    private final Tab previewTab;

    public AugmentationPage(PartContext context) {
        cnn = new CnnPage(context);
        ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "augmentation-preview");
            thread.setDaemon(true);
            return thread;
        });
        preview = new AugmentationPreview(context.form(), background, context.fx());
        previewTab = new Tab("Augmentation preview", preview);
        previewTab.setId(PREVIEW_TAB_ID);
    }

    public AugmentationPreview preview() {
        return preview;
    }

    public CnnPage cnn() {
        return cnn;
    }

    @Override
    public Node overview() {
        return cnn.overview();
    }

    @Override
    public List<Tab> tabs() {
        List<Tab> tabs = new ArrayList<>();
        tabs.add(previewTab);
        tabs.addAll(cnn.tabs());
        return tabs;
    }

    @Override
    public void refresh() {
        cnn.refresh();
    }

    @Override
    public List<String> stylesheets() {
        List<String> sheets = new ArrayList<>(cnn.stylesheets());
        sheets.add(SliderField.STYLESHEET);
        sheets.add(Objects.requireNonNull(AugmentationPage.class.getResource(CSS), CSS).toExternalForm());
        return sheets;
    }

    @Override
    public void runAttached(TrainingRun run) {
        cnn.runAttached(run);
    }

    @Override
    public void update(TrainingRun run, RunUpdate update) {
        cnn.update(run, update);
    }
}
