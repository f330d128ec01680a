package dev.workbench.app.gan;

/**
 * Which layers of the {@link GanPlaneView} are drawn. Samples are always drawn.
 *
 * @param heatMap  the discriminator's output D(x) behind everything
 * @param arrows   where the generator's gradient pushes each generated sample
 * @param manifold where a regular grid of noise lands: the generator's warped mesh
 */
public record PlaneLayers(boolean heatMap, boolean arrows, boolean manifold) {
    public static final PlaneLayers ALL = new PlaneLayers(true, true, true);
}
