package dev.workbench.app.augment;

import dev.workbench.app.form.FormAccess;
import dev.workbench.lessons.augment.AugmentationPipeline;
import dev.workbench.lessons.augment.AugmentationPresets;
import dev.workbench.lessons.augment.AugmentationText;
import dev.workbench.lessons.cnn.CnnLesson;

import java.util.Optional;

/**
 * Keeps the preview and the lesson's settings on one pipeline, so what the preview shows is what
 * training uses. A preset chosen in the form (or in the preview) loads into the sliders; moving a
 * slider sets the form's {@code augmentation} to {@code custom} and its {@code augmentation-spec} to
 * the pipeline's text.
 */
final class PipelineFormSync {
    private final FormAccess form;
    private final PreviewModel model;
    private boolean writing;

    PipelineFormSync(FormAccess form, PreviewModel model) {
        this.form = form;
        this.model = model;
        form.textProperty(CnnLesson.AUGMENTATION_PRESET).addListener((obs, old, text) -> fromForm());
        form.textProperty(CnnLesson.AUGMENTATION_SPEC).addListener((obs, old, text) -> fromForm());
        fromForm();
    }

    /** The form's augmentation choice: none, light, strong or custom. */
    String preset() {
        return form.textProperty(CnnLesson.AUGMENTATION_PRESET).get();
    }

    /** The user edited the preview: training now uses exactly this pipeline. */
    void writeCustom(AugmentationPipeline pipeline) {
        write(() -> {
            if (pipeline.isIdentity()) {
                // Every transform switched off is no augmentation, not an empty custom one.
                form.setText(CnnLesson.AUGMENTATION_PRESET, AugmentationPresets.NONE);
                return;
            }
            form.setText(CnnLesson.AUGMENTATION_SPEC, AugmentationText.format(pipeline));
            form.setText(CnnLesson.AUGMENTATION_PRESET, AugmentationPresets.CUSTOM);
        });
    }

    /** Chooses a preset (or custom, the form's own spec) in the form and loads it into the preview. */
    void choose(String preset) {
        write(() -> form.setText(CnnLesson.AUGMENTATION_PRESET, preset));
        inForm().ifPresent(model::load);
    }

    private void fromForm() {
        if (!writing) {
            inForm().ifPresent(model::load);
        }
    }

    /** The pipeline the form's settings train with; empty while the custom text does not parse. */
    private Optional<AugmentationPipeline> inForm() {
        String preset = preset();
        if (preset == null || !AugmentationPresets.NAMES.contains(preset)) {
            return Optional.empty();
        }
        if (!AugmentationPresets.CUSTOM.equals(preset)) {
            return Optional.of(AugmentationPresets.named(preset));
        }
        String spec = form.textProperty(CnnLesson.AUGMENTATION_SPEC).get();
        return spec != null && AugmentationText.problem(spec) == null ? Optional.of(AugmentationText.parse(spec)) : Optional.empty();
    }

    private void write(Runnable change) {
        writing = true;
        try {
            change.run();
        } finally {
            writing = false;
        }
    }
}
