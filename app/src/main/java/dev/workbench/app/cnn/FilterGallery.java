package dev.workbench.app.cnn;

import atlantafx.base.theme.Styles;
import dev.workbench.lessons.insight.ImageSample;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Inside the first convolution: its learned 5x5 filters, and the feature maps they produce for
 * the image picked in the prediction grid.
 */
public final class FilterGallery extends VBox {
    public static final String STYLE_CLASS = "filter-gallery";
    public static final String TILE_CLASS = "gallery-tile";
    public static final String FILTERS_ID = "filters";
    public static final String MAPS_ID = "feature-maps";
    public static final String SELECTED_IMAGE_ID = "selected-image";
    private static final double FILTER_SIZE = 52;
    private static final double MAP_SIZE = 76;
    private static final double IMAGE_SIZE = 140;

    private final FlowPane filters = new FlowPane();
    private final FlowPane maps = new FlowPane();
    private final VBox selectedImage = new VBox();
    private final Label mapsTitle = new Label("Feature maps");

    public FilterGallery() {
        getStyleClass().add(STYLE_CLASS);
        Label filtersTitle = new Label("First-layer filters");
        filtersTitle.getStyleClass().addAll(Styles.TITLE_4, "part-title");
        Label filtersHelp = new Label("conv1's 5×5 kernels: red weights add, blue weights subtract. "
                + "Trained filters often become edge and stripe detectors.");
        filtersHelp.getStyleClass().add(Styles.TEXT_MUTED);
        filtersHelp.setWrapText(true);
        filters.setId(FILTERS_ID);
        filters.getStyleClass().add("gallery");
        mapsTitle.getStyleClass().addAll(Styles.TITLE_4, "part-title");
        Label mapsHelp = new Label("Where each filter fires on the chosen image (bright: strong response). "
                + "Click a test image on the Training tab to choose another.");
        mapsHelp.getStyleClass().add(Styles.TEXT_MUTED);
        mapsHelp.setWrapText(true);
        maps.setId(MAPS_ID);
        maps.getStyleClass().add("gallery");
        selectedImage.setId(SELECTED_IMAGE_ID);
        selectedImage.getStyleClass().add("selected-image");
        HBox mapsRow = new HBox(selectedImage, maps);
        mapsRow.getStyleClass().add("maps-row");
        HBox.setHgrow(maps, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(filtersTitle, filtersHelp, filters, mapsTitle, mapsHelp, mapsRow);
    }

    public void showFilters(List<ImageSample> kernels) {
        fill(filters, kernels.size(), FILTER_SIZE);
        for (int i = 0; i < kernels.size(); i++) {
            update(filters, i, ImageRendering.diverging(kernels.get(i)), kernels.get(i).caption());
        }
    }

    public void showFeatureMaps(int testIndex, ImageSample image, List<ImageSample> featureMaps) {
        mapsTitle.setText("Feature maps of test image #" + testIndex);
        Label caption = new Label(image.caption());
        caption.getStyleClass().add(Styles.TEXT_BOLD);
        selectedImage.getChildren().setAll(ImageRendering.view(ImageRendering.grayscale(image, false), IMAGE_SIZE), caption);
        fill(maps, featureMaps.size(), MAP_SIZE);
        for (int i = 0; i < featureMaps.size(); i++) {
            update(maps, i, ImageRendering.grayscale(featureMaps.get(i), true), featureMaps.get(i).caption());
        }
    }

    public int filterCount() {
        return filters.getChildren().size();
    }

    public int featureMapCount() {
        return maps.getChildren().size();
    }

    /** Makes the pane hold exactly {@code count} tiles, reusing the ones it has. */
    private static void fill(FlowPane pane, int count, double size) {
        while (pane.getChildren().size() > count) {
            pane.getChildren().remove(pane.getChildren().size() - 1);
        }
        while (pane.getChildren().size() < count) {
            javafx.scene.image.ImageView view = new javafx.scene.image.ImageView();
            view.setSmooth(false);
            view.setPreserveRatio(true);
            view.setFitWidth(size);
            VBox tile = new VBox(view);
            tile.getStyleClass().add(TILE_CLASS);
            LazyTooltip.install(tile, () -> (String) tile.getUserData());
            pane.getChildren().add(tile);
        }
    }

    private static void update(FlowPane pane, int i, javafx.scene.image.Image image, String caption) {
        VBox tile = (VBox) pane.getChildren().get(i);
        ((javafx.scene.image.ImageView) tile.getChildren().get(0)).setImage(image);
        tile.setUserData(caption);
    }
}
