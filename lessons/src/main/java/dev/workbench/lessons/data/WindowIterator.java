package dev.workbench.lessons.data;

import org.nd4j.linalg.dataset.DataSet;

import java.util.ArrayList;
import java.util.List;

/** Mini-batches of one part of {@link SeriesWindows}; make one with {@link SeriesWindows#iterator}. */
public final class WindowIterator extends ShuffledBatchIterator {
    private final SeriesWindows windows;
    private final SeriesWindows.Part part;
    private final SeriesWindows.LabelLayout layout;

    WindowIterator(SeriesWindows windows, SeriesWindows.Part part, SeriesWindows.LabelLayout layout,
                   int batchSize, boolean shuffle, long seed) {
        super(windows.windowCount(part), batchSize, shuffle, seed);
        this.windows = windows;
        this.part = part;
        this.layout = layout;
    }

    @Override
    DataSet assemble(int[] indices) {
        return windows.assemble(part, indices, layout);
    }

    @Override
    public int inputColumns() {
        return windows.features();
    }

    @Override
    public int totalOutcomes() {
        return windows.outputs();
    }

    @Override
    public List<String> getLabels() {
        List<String> names = new ArrayList<>();
        for (int o = 0; o < windows.outputs(); o++) {
            int step = o / (windows.outputs() / windows.spec().steps());
            names.add(windows.series().columns().get(windows.outputColumn(o)) + " +" + (windows.spec().horizon() + step));
        }
        return names;
    }
}
