package dev.workbench.app.cnn;

import dev.workbench.lessons.cnn.CnnSession;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.insight.ConfusionMatrix;
import dev.workbench.lessons.insight.ImageSample;
import dev.workbench.lessons.insight.LayerSummary;
import dev.workbench.lessons.insight.Prediction;

import java.util.List;

/**
 * Everything the CNN views show about a model at one moment, captured on the training thread
 * (via {@code TrainingRun.inspect}) as plain records, then handed to the FX thread.
 *
 * @param cellSize images in the selected confusion cell (0 when showing the sample)
 */
public record CnnSnapshot(List<Prediction> predictions, GridQuery query, int cellSize, ConfusionMatrix confusion,
                          List<LayerSummary> layers, List<ImageSample> filters, int selectedIndex,
                          ImageSample selectedImage, List<ImageSample> featureMaps) {
    public CnnSnapshot {
        predictions = List.copyOf(predictions);
        layers = List.copyOf(layers);
        filters = List.copyOf(filters);
        featureMaps = List.copyOf(featureMaps);
    }

    /** Runs on the training thread only. */
    public static CnnSnapshot capture(LessonSession session, GridQuery query, int selectedIndex) {
        CnnSession cnn = (CnnSession) session;
        ConfusionMatrix confusion = cnn.confusionMatrix();
        Grid grid = grid(cnn, confusion, query);
        return new CnnSnapshot(grid.predictions(), query, grid.cellSize(), confusion, cnn.modelSummary(),
                cnn.firstLayerFilters(), selectedIndex, cnn.testImage(selectedIndex), cnn.featureMaps(selectedIndex));
    }

    /** The predictions for a grid query alone; runs on the training thread only. */
    public static Grid grid(LessonSession session, ConfusionMatrix confusion, GridQuery query) {
        CnnSession cnn = (CnnSession) session;
        if (query instanceof GridQuery.Cell cell) {
            List<Integer> members = confusion.members(cell.trueLabel(), cell.predictedLabel());
            int[] indices = members.stream().limit(GridQuery.MAX_IMAGES).mapToInt(Integer::intValue).toArray();
            return new Grid(indices.length == 0 ? List.of() : cnn.testPredictions(indices), members.size());
        }
        return new Grid(cnn.testPredictions(0, GridQuery.MAX_IMAGES), 0);
    }

    /** The chosen test image and what the first layer makes of it; runs on the training thread only. */
    public static Maps featureMaps(LessonSession session, int testIndex) {
        CnnSession cnn = (CnnSession) session;
        return new Maps(testIndex, cnn.testImage(testIndex), cnn.featureMaps(testIndex));
    }

    /** One test image and its first-layer feature maps. */
    public record Maps(int index, ImageSample image, List<ImageSample> maps) {
        public Maps {
            maps = List.copyOf(maps);
        }
    }

    /** Grid predictions and the size of the cell they came from. */
    public record Grid(List<Prediction> predictions, int cellSize) {
        public Grid {
            predictions = List.copyOf(predictions);
        }
    }
}
