package dev.workbench.app.autoencoder;

import dev.workbench.lessons.autoencoder.AutoencoderSession;
import dev.workbench.lessons.autoencoder.AutoencoderSettings;
import dev.workbench.lessons.augment.noise.NoiseCorruption;
import dev.workbench.lessons.augment.noise.NoiseCorruptionText;
import dev.workbench.lessons.data.LabeledImages;

import java.util.ArrayList;
import java.util.List;

/**
 * What the denoising view shows at one moment, captured on the training thread: a few test images
 * (one per class), each corrupted, passed through the network, and next to its clean original.
 *
 * @param noise        the corruption applied, as text
 * @param trainedNoise the corruption the network was trained with, or "none"
 * @param captions     the class of each image
 */
record DenoiseView(String noise, String trainedNoise, List<AutoencoderSession.Denoised> items, List<String> captions) {
    /** One image of each of these classes is shown. */
    static final int[] CLASSES = {0, 1, 2, 3, 5, 7, 8, 9};

    DenoiseView {
        items = List.copyOf(items);
        captions = List.copyOf(captions);
    }

    /**
     * Runs on the training thread only. {@code noiseText} empty means the training noise, or the
     * test noise when the network was trained on clean inputs; {@code offset} picks the
     * offset-th image of each class, so "other images" can step through them.
     */
    static DenoiseView capture(AutoencoderSession session, String noiseText, int offset) {
        AutoencoderSettings settings = session.autoencoderSettings();
        NoiseCorruption noise = noiseText.isBlank()
                ? (settings.denoising() ? settings.noise() : settings.testNoise())
                : NoiseCorruptionText.parse(noiseText, dev.workbench.lessons.augment.noise.ValueRange.UNIT);
        LabeledImages test = session.testImages();
        List<AutoencoderSession.Denoised> items = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int label : CLASSES) {
            int index = nth(test, label, offset);
            if (index >= 0) {
                items.add(session.denoise(index, noise));
                boolean heldOut = settings.anomalyMode() && label == settings.anomalyClass();
                captions.add(test.classNames().get(label) + (heldOut ? " (held out)" : ""));
            }
        }
        return new DenoiseView(NoiseCorruptionText.format(noise),
                settings.denoising() ? NoiseCorruptionText.format(settings.noise()) : "none", items, captions);
    }

    /** The index of the n-th test image of a class (wrapping round), or -1 if there is none. */
    private static int nth(LabeledImages test, int label, int n) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            if (test.label(i) == label) {
                members.add(i);
            }
        }
        return members.isEmpty() ? -1 : members.get(Math.floorMod(n, members.size()));
    }

    double meanNoisyError() {
        return items.stream().mapToDouble(AutoencoderSession.Denoised::noisyError).average().orElse(Double.NaN);
    }

    double meanOutputError() {
        return items.stream().mapToDouble(AutoencoderSession.Denoised::outputError).average().orElse(Double.NaN);
    }
}
