package dev.workbench.app.augment;

import atlantafx.base.theme.Styles;
import dev.workbench.lessons.augment.AugImage;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** The original image and its augmented variants, as tiles of one size. */
public final class PreviewGrid extends VBox {
    public static final String STYLE_CLASS = "preview-grid";
    public static final String TILE_CLASS = "preview-tile";
    public static final String ORIGINAL_CLASS = "preview-original";
    public static final String TILES_ID = "augmentation-variants";
    public static final double TILE_SIZE = 104;
    private static final int COLUMNS = 4;

    private final StackPane original = tile();
    private final Label originalCaption = new Label();
    private final TilePane tiles = new TilePane();
    private final List<StackPane> variantTiles = new ArrayList<>();
    private List<AugImage> shown = List.of();

    public PreviewGrid() {
        getStyleClass().add(STYLE_CLASS);
        original.getStyleClass().add(ORIGINAL_CLASS);
        originalCaption.getStyleClass().addAll("preview-caption", Styles.TEXT_MUTED);
        originalCaption.setWrapText(true);
        Label originalTitle = new Label("Original");
        originalTitle.getStyleClass().add("preview-title");
        Label variantsTitle = new Label(PreviewModel.VARIANTS + " augmented variants");
        variantsTitle.getStyleClass().add("preview-title");
        tiles.setId(TILES_ID);
        tiles.getStyleClass().add("preview-tiles");
        tiles.setPrefColumns(COLUMNS);
        tiles.setPrefTileWidth(TILE_SIZE);
        tiles.setPrefTileHeight(TILE_SIZE);
        tiles.setMinWidth(Region.USE_PREF_SIZE);
        setMinWidth(Region.USE_PREF_SIZE);
        for (int i = 0; i < PreviewModel.VARIANTS; i++) {
            StackPane cell = tile();
            variantTiles.add(cell);
            tiles.getChildren().add(cell);
        }
        VBox originalText = new VBox(originalTitle, originalCaption);
        originalText.getStyleClass().add("preview-original-text");
        HBox originalRow = new HBox(original, originalText);
        originalRow.getStyleClass().add("preview-original-row");
        originalRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(originalRow, variantsTitle, tiles);
    }

    /** The variants on screen, for tests. */
    public List<AugImage> shownVariants() {
        return shown;
    }

    public void showOriginal(PreviewSource source) {
        original.getChildren().setAll(AugImages.view(source.image(), TILE_SIZE));
        originalCaption.setText(source.describe());
    }

    public void showVariants(List<AugImage> variants) {
        shown = List.copyOf(variants);
        for (int i = 0; i < variantTiles.size(); i++) {
            StackPane cell = variantTiles.get(i);
            if (i < variants.size()) {
                ImageView view = AugImages.view(variants.get(i), TILE_SIZE);
                cell.getChildren().setAll(view);
            } else {
                cell.getChildren().clear();
            }
        }
    }

    private static StackPane tile() {
        StackPane tile = new StackPane();
        tile.getStyleClass().add(TILE_CLASS);
        tile.setAlignment(Pos.CENTER);
        tile.setMinSize(TILE_SIZE, TILE_SIZE);
        tile.setPrefSize(TILE_SIZE, TILE_SIZE);
        tile.setMaxSize(TILE_SIZE, TILE_SIZE);
        return tile;
    }
}
