package dev.workbench.app.augment;

import dev.workbench.lessons.augment.AugImage;
import dev.workbench.lessons.augment.AugmentationPipeline;
import dev.workbench.lessons.augment.TransformKind;
import dev.workbench.lessons.augment.TransformSpec;
import dev.workbench.lessons.engine.Settings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What the augmentation preview shows: a pipeline with a spec for every transform kind (disabled
 * ones included, so their sliders keep their place), the source image and a seed, and the
 * {@value #VARIANTS} augmented variants they give. Variants are computed off the FX thread; while one
 * batch is being computed, further changes are coalesced into one more batch, so dragging a slider
 * never queues up stale work. FX thread only, apart from the computation itself.
 */
public final class PreviewModel {
    public static final int VARIANTS = 12;
    /**
     * Variants are computed on the image shrunk to this size, about the size of a preview tile: the
     * transforms' strengths are fractions of the image (or angles), so they look the same, and a
     * 256-pixel photo costs a quarter of the work.
     */
    public static final int WORKING_SIZE = 128;
    private static final long SEED_RANGE = 1_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(PreviewModel.class);

    /** One computed batch of variants. */
    public record Variants(PreviewSource source, AugmentationPipeline pipeline, long seed, List<AugImage> images) {
    }

    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<AugmentationPipeline> pipeline =
            new ReadOnlyObjectWrapper<>(this, "pipeline", AugmentationPipeline.defaults());
    private final ReadOnlyObjectWrapper<PreviewSource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed", Settings.DEFAULT_SEED);
    private final ReadOnlyObjectWrapper<Variants> variants = new ReadOnlyObjectWrapper<>(this, "variants");
    private final ReadOnlyDoubleWrapper updateMillis = new ReadOnlyDoubleWrapper(this, "updateMillis");
    private AugImage working;
    private boolean inFlight;
    private boolean pending;

    /**
     * @param background computes variants (one task at a time is enough)
     * @param fx         runs code on the FX thread
     */
    public PreviewModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    public ReadOnlyObjectProperty<AugmentationPipeline> pipelineProperty() {
        return pipeline.getReadOnlyProperty();
    }

    public AugmentationPipeline pipeline() {
        return pipeline.get();
    }

    public ReadOnlyObjectProperty<PreviewSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    /** The variants on screen; null until the first batch is ready. */
    public ReadOnlyObjectProperty<Variants> variantsProperty() {
        return variants.getReadOnlyProperty();
    }

    /** Milliseconds from a change to its variants being ready, for the latest batch. */
    public ReadOnlyDoubleProperty updateMillisProperty() {
        return updateMillis.getReadOnlyProperty();
    }

    /** Replaces the spec of one transform, e.g. after a slider moved. */
    public void update(TransformSpec spec) {
        setPipeline(pipeline.get().with(spec));
    }

    /**
     * Shows {@code loaded}: its transforms with their settings, every other kind switched off but
     * keeping its sliders where they were.
     */
    public void load(AugmentationPipeline loaded) {
        AugmentationPipeline merged = pipeline.get();
        for (TransformKind kind : TransformKind.values()) {
            TransformSpec current = merged.spec(kind).orElse(kind.defaultSpec());
            merged = merged.with(loaded.spec(kind).filter(TransformSpec::enabled).orElse(current.withEnabled(false)));
        }
        setPipeline(merged);
    }

    public void setSource(PreviewSource newSource) {
        working = ImageScaling.fitWithin(newSource.image(), WORKING_SIZE);
        source.set(newSource);
        refresh();
    }

    /** New random draws for every variant (the next seed of a fixed sequence, kept short for display). */
    public void reseed() {
        seed.set(Math.floorMod(seed.get() * 6364136223846793005L + 1442695040888963407L, SEED_RANGE));
        refresh();
    }

    private void setPipeline(AugmentationPipeline next) {
        if (!next.equals(pipeline.get())) {
            pipeline.set(next);
            refresh();
        }
    }

    private void refresh() {
        if (source.get() == null) {
            return;
        }
        if (inFlight) {
            pending = true;
            return;
        }
        inFlight = true;
        PreviewSource from = source.get();
        AugImage image = working;
        AugmentationPipeline using = pipeline.get();
        long drawSeed = seed.get();
        long start = System.nanoTime();
        CompletableFuture.supplyAsync(() -> new Variants(from, using, drawSeed,
                        using.previews(image, VARIANTS, drawSeed)), background)
                .whenCompleteAsync((result, error) -> {
                    inFlight = false;
                    if (error != null) {
                        LOG.warn("Augmentation preview failed", error);
                    } else {
                        updateMillis.set((System.nanoTime() - start) / 1e6);
                        variants.set(result);
                        LOG.debug("{} variants of {} in {} ms", VARIANTS, from.caption(), updateMillis.get());
                    }
                    if (pending) {
                        pending = false;
                        refresh();
                    }
                }, fx);
    }
}
