package dev.workbench.app.augment;

import dev.workbench.app.FxWait;
import dev.workbench.app.WorkbenchApp;
import dev.workbench.app.files.AppDirectories;
import dev.workbench.app.form.ParameterForm;
import dev.workbench.app.shell.WorkbenchShell;
import dev.workbench.lessons.augment.AugImage;
import dev.workbench.lessons.augment.TransformKind;
import dev.workbench.lessons.cnn.CnnLesson;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The augmentation lesson's preview in the real shell on headless Monocle. */
@ExtendWith(ApplicationExtension.class)
class AugmentationPreviewTest {
    private static final Logger LOG = LoggerFactory.getLogger(AugmentationPreviewTest.class);
    private static final long TIMEOUT_S = 30;

    @TempDir
    static Path dataDir;

    private WorkbenchShell shell;

    @Start
    void start(Stage stage) {
        shell = WorkbenchApp.createShell(stage, new AppDirectories(dataDir));
        stage.show();
        shell.open(CnnLesson.AUGMENTATION_ID);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::close);
    }

    @Test
    void showsTwelveVariantsAndASliderMakesTheFormTrainWithThatPipeline(FxRobot robot) {
        AugmentationPreview preview = preview(robot);
        awaitVariants(preview);
        assertEquals(PreviewModel.VARIANTS, fx(() -> preview.grid().shownVariants().size()));
        assertEquals(PreviewModel.VARIANTS, fx(() -> robot.lookup("#" + PreviewGrid.TILES_ID + " ." + PreviewGrid.TILE_CLASS)
                .queryAll().stream().filter(tile -> !((javafx.scene.layout.Pane) tile).getChildren().isEmpty()).count()).intValue());
        assertEquals("light", formText(CnnLesson.AUGMENTATION_PRESET));

        Slider rotation = robot.lookup("#" + TransformRows.strengthId(TransformKind.ROTATION)).queryAs(Slider.class);
        for (int degrees : new int[] {20, 25, 30}) {
            robot.interact(() -> rotation.setValue(degrees));
            awaitVariants(preview);
            LOG.info("preview update after a slider move: {} ms", fx(() -> preview.model().updateMillisProperty().get()));
        }
        assertEquals("custom", formText(CnnLesson.AUGMENTATION_PRESET));
        String spec = formText(CnnLesson.AUGMENTATION_SPEC);
        assertTrue(spec.contains("rotation:30@0.3"), spec);
        assertEquals(spec, fx(preview::specText));
        assertTrue(fx(() -> form().result().isValid()), "the form accepts the pipeline");

        CheckBox cutout = robot.lookup("#" + TransformRows.checkId(TransformKind.CUTOUT)).queryAs(CheckBox.class);
        robot.interact(cutout::fire);
        assertTrue(formText(CnnLesson.AUGMENTATION_SPEC).contains("cutout:0.3@0.5"));
    }

    @Test
    void reseedDrawsNewVariantsAndAPresetInTheFormLoadsIntoTheSliders(FxRobot robot) {
        AugmentationPreview preview = preview(robot);
        awaitVariants(preview);
        List<AugImage> before = fx(() -> preview.grid().shownVariants());
        long seed = fx(() -> preview.model().seedProperty().get());
        robot.clickOn("#" + AugmentationPreview.RESEED_ID);
        await(() -> preview.model().variantsProperty().get().seed() != seed);
        awaitVariants(preview);
        assertNotEquals(before, fx(() -> preview.grid().shownVariants()), "new draws give new images");

        robot.interact(() -> form().setText(CnnLesson.AUGMENTATION_PRESET, "strong"));
        assertTrue(fx(() -> robot.lookup("#" + TransformRows.checkId(TransformKind.CUTOUT)).queryAs(CheckBox.class).isSelected()));
        assertEquals(dev.workbench.lessons.augment.AugmentationText.format(
                dev.workbench.lessons.augment.AugmentationPresets.named("strong")), fx(preview::specText));
        assertEquals("strong", formText(CnnLesson.AUGMENTATION_PRESET), "loading a preset leaves it a preset");
    }

    @Test
    void aRotationOutOfRangeIsSaidInlineAndTrainWaitsForAGoodValue(FxRobot robot) {
        AugmentationPreview preview = preview(robot);
        awaitVariants(preview);
        String field = "#" + TransformRows.strengthId(TransformKind.ROTATION) + "-field";
        robot.interact(() -> robot.lookup(field).queryAs(javafx.scene.control.TextField.class).setText("999"));
        dev.workbench.app.controls.SliderField slider = fx(() -> (dev.workbench.app.controls.SliderField)
                robot.lookup(field).query().getParent());
        assertTrue(fx(() -> slider.errorLabel().isVisible()), "said beside the field");
        assertTrue(fx(() -> slider.errorLabel().getText()).startsWith("Type a number from 0"), fx(() -> slider.errorLabel().getText()));
        String caption = fx(() -> robot.lookup("#" + AugmentationPreview.CAPTION_ID).queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(caption.startsWith("Rotation strength: type a number"), caption);
        assertFalse(fx(() -> form().result().isValid()), "the form cannot train with it");
        assertTrue(fx(() -> robot.lookup("#" + dev.workbench.app.lesson.RunControls.TRAIN_ID).queryButton().isDisabled()));
        String reason = fx(() -> robot.lookup("#" + dev.workbench.app.lesson.LessonPage.BLOCKED_REASON_ID)
                .queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(reason.contains("Rotation strength: type a number"), reason);

        robot.interact(() -> robot.lookup(field).queryAs(javafx.scene.control.TextField.class).setText("20"));
        assertFalse(fx(() -> slider.errorLabel().isVisible()));
        assertTrue(fx(() -> form().result().isValid()), "a good value lets Train go again");
        assertFalse(fx(() -> robot.lookup("#" + AugmentationPreview.CAPTION_ID).queryAs(javafx.scene.control.Label.class).getText())
                .contains("type a number"));
    }

    @Test
    void anEmptyFileShowsItsProblemAndKeepsTheImage(FxRobot robot) throws Exception {
        AugmentationPreview preview = preview(robot);
        awaitVariants(preview);
        String shown = fx(() -> preview.model().sourceProperty().get().caption());
        Path empty = Files.createFile(dataDir.resolve("empty.png"));
        robot.interact(() -> preview.open(empty));
        await(() -> preview.picker().errorMessage() != null);
        String message = fx(() -> preview.picker().errorMessage());
        assertTrue(message.contains("empty.png") && message.contains("empty (0 bytes)"), message);
        assertTrue(fx(() -> robot.lookup("#" + ImageSourcePicker.ERROR_ID).query().isVisible()));
        assertEquals(shown, fx(() -> preview.model().sourceProperty().get().caption()));

        robot.interact(() -> preview.open(dev.workbench.lessons.data.DatasetLocator.datasetsRoot().resolve("images/chelsea.png")));
        await(() -> "chelsea.png".equals(preview.model().sourceProperty().get().caption()));
        assertFalse(fx(() -> robot.lookup("#" + ImageSourcePicker.ERROR_ID).query().isVisible()), "a good file clears the error");
    }

    /** Shows the preview tab and returns the preview. */
    private AugmentationPreview preview(FxRobot robot) {
        TabPane tabs = robot.lookup("#" + dev.workbench.app.lesson.LessonPage.TABS_ID).queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(tab -> AugmentationPreviewPart.PREVIEW_TAB_ID.equals(tab.getId()))
                .findFirst().ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        return fx(() -> shell.currentPage().part(AugmentationPreviewPart.class).orElseThrow().preview());
    }

    private ParameterForm form() {
        return shell.currentPage().form();
    }

    private String formText(String name) {
        return fx(() -> form().textProperty(name).get());
    }

    /** Waits until the variants on screen were made from the pipeline and image now shown. */
    private static void awaitVariants(AugmentationPreview preview) {
        await(() -> {
            PreviewModel.Variants variants = preview.model().variantsProperty().get();
            return variants != null && variants.pipeline().equals(preview.model().pipeline())
                    && variants.source() == preview.model().sourceProperty().get()
                    && variants.seed() == preview.model().seedProperty().get()
                    && preview.grid().shownVariants().equals(variants.images());
        });
    }

    private static void await(Callable<Boolean> condition) {
        FxWait.await(TIMEOUT_S, condition);
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(TIMEOUT_S, query);
    }
}
