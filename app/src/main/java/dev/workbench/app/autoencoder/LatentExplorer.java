package dev.workbench.app.autoencoder;

import atlantafx.base.theme.Styles;
import dev.workbench.lessons.autoencoder.LatentPlane;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The latent map's tab: the map, the image decoded where the student pressed, and a strip of images
 * decoded along the straight line between the codes of two picked test images A and B. It holds
 * what is shown and what was picked; the page asks the model and hands the answers back.
 */
final class LatentExplorer extends BorderPane {
    static final String DECODE_MODE_ID = "ae-decode-mode";
    static final String PICK_MODE_ID = "ae-pick-mode";
    static final String DECODED_IMAGE_ID = "ae-decoded-image";
    static final String WALK_ID = "ae-walk";
    /** Images decoded between A and B, both ends included. */
    static final int WALK_STEPS = 8;
    private static final double DECODED_SIZE = 168;
    private static final double STRIP_SIZE = 64;

    private final LatentMapView map = new LatentMapView();
    private final FlowPane legend = new FlowPane();
    private final ImageView decodedView = Pictures.view(DECODED_SIZE);
    private final Label decodedCaption = new Label("Press anywhere on the map");
    private final Label planeNote = new Label();
    private final HBox strip = new HBox();
    private final Label walkCaption = new Label();
    private final ToggleButton decodeMode = new ToggleButton("Decode a point");
    private final ToggleButton pickMode = new ToggleButton("Pick A and B");

    private LatentPlane plane;
    private List<float[]> images = List.of();
    private int pickA = -1;
    private int pickB = -1;
    private boolean nextIsA = true;
    private BiConsumer<Double, Double> onDecode = (x, y) -> { };
    private BiConsumer<Integer, Integer> onWalk = (a, b) -> { };
    private int decodedShown;
    private boolean pictures = true;
    private final Label hint = new Label();
    private final HBox modeButtons;
    private final VBox side;
    private final VBox walk;

    LatentExplorer() {
        getStyleClass().add("ae-latent");
        ToggleGroup modes = new ToggleGroup();
        decodeMode.setToggleGroup(modes);
        pickMode.setToggleGroup(modes);
        decodeMode.setId(DECODE_MODE_ID);
        pickMode.setId(PICK_MODE_ID);
        decodeMode.getStyleClass().add(Styles.LEFT_PILL);
        pickMode.getStyleClass().add(Styles.RIGHT_PILL);
        decodeMode.setSelected(true);
        decodeMode.setMinWidth(Region.USE_PREF_SIZE);
        pickMode.setMinWidth(Region.USE_PREF_SIZE);
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one mode is always on
            }
            map.setPickMode(pickMode.isSelected());
        });
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox.setHgrow(hint, Priority.ALWAYS);
        modeButtons = new HBox(decodeMode, pickMode);
        modeButtons.managedProperty().bind(modeButtons.visibleProperty());
        HBox header = new HBox(modeButtons, hint);
        header.getStyleClass().add("ae-header");
        header.setAlignment(Pos.CENTER_LEFT);

        map.setOnDecode((x, y) -> onDecode.accept(x, y));
        map.setOnPick(this::pick);
        VBox.setVgrow(map, Priority.ALWAYS);
        legend.getStyleClass().add("ae-legend");
        planeNote.getStyleClass().add(Styles.TEXT_MUTED);
        planeNote.setWrapText(true);
        VBox mapColumn = new VBox(map, legend, planeNote);
        mapColumn.getStyleClass().add("ae-map-column");
        HBox.setHgrow(mapColumn, Priority.ALWAYS);

        Label decodedTitle = new Label("Decoded at the cross");
        decodedTitle.getStyleClass().add("ae-title");
        decodedView.setId(DECODED_IMAGE_ID);
        StackPane decodedFrame = new StackPane(decodedView);
        decodedFrame.getStyleClass().add("ae-image-frame");
        decodedFrame.setMaxWidth(Region.USE_PREF_SIZE);
        decodedCaption.setWrapText(true);
        decodedCaption.getStyleClass().add(Styles.TEXT_MUTED);
        side = new VBox(decodedTitle, decodedFrame, decodedCaption);
        side.managedProperty().bind(side.visibleProperty());
        side.getStyleClass().add("ae-side");
        HBox centre = new HBox(mapColumn, side);
        centre.getStyleClass().add("ae-centre");

        Label walkTitle = new Label("From A to B");
        walkTitle.getStyleClass().add("ae-title");
        walkCaption.getStyleClass().add(Styles.TEXT_MUTED);
        walkCaption.setWrapText(true);
        strip.setId(WALK_ID);
        strip.getStyleClass().add("ae-strip");
        strip.setAlignment(Pos.CENTER_LEFT);
        walk = new VBox(new HBox(walkTitle, walkCaption), strip);
        ((HBox) walk.getChildren().get(0)).getStyleClass().add("ae-walk-header");
        walk.getStyleClass().add("ae-walk");

        setTop(header);
        setCenter(centre);
        setPictures(true);
    }

    /**
     * Whether the examples are pictures. Table rows have none: the map keeps its coloured dots, but
     * decoding a point, the walk from A to B and the hover thumbnails go, since a decoded row of 30
     * numbers is no picture to look at.
     */
    void setPictures(boolean shown) {
        pictures = shown;
        modeButtons.setVisible(shown);
        side.setVisible(shown);
        setBottom(shown ? walk : null);
        map.setDecoding(shown);
        hint.setText(shown ? "Press or drag on the map to see what the decoder draws there. Pick two images "
                + "(or Shift+click) to walk from one to the other. Hover over a dot to see its image."
                : "Each dot is one test row placed by its code, coloured by its class, which the network never saw. "
                + "Rows have no picture, so there is nothing to decode here: hover over a dot to see its class.");
    }

    boolean pictures() {
        return pictures;
    }

    LatentMapView map() {
        return map;
    }

    /** Images the decoder has drawn at a pressed point so far (tests wait on it). */
    int decodedShown() {
        return decodedShown;
    }

    ImageView decodedView() {
        return decodedView;
    }

    HBox strip() {
        return strip;
    }

    int pickA() {
        return pickA;
    }

    int pickB() {
        return pickB;
    }

    void setOnDecode(BiConsumer<Double, Double> handler) {
        onDecode = handler;
    }

    void setOnWalk(BiConsumer<Integer, Integer> handler) {
        onWalk = handler;
    }

    /** Forgets the previous model's map, picks and pictures. */
    void clear() {
        plane = null;
        images = List.of();
        pickA = -1;
        pickB = -1;
        nextIsA = true;
        map.clear();
        legend.getChildren().clear();
        decodedView.setImage(null);
        decodedCaption.setText("Press anywhere on the map");
        strip.getChildren().clear();
        walkCaption.setText("");
        planeNote.setText("");
    }

    LatentPlane plane() {
        return plane;
    }

    /** Shows a new map; {@code heldOut} names the class left out of training, or is empty. */
    void showPlane(LatentPlane newPlane, String heldOut) {
        boolean first = plane == null;
        plane = newPlane;
        map.show(newPlane);
        if (first) {
            legend.getChildren().setAll(newPlane.classNames().stream().map(this::legendItem).toList());
        }
        String unseen = heldOut.isEmpty() ? "the network never saw a label."
                : "the network never saw a label, nor any " + heldOut + " (held out as the anomaly).";
        String noun = pictures ? "image" : "row";
        planeNote.setText(newPlane.projected()
                ? "Each code has " + newPlane.codeSize() + " numbers; the map shows the plane of their first two "
                + "principal components" + (pictures ? ", and a pressed point is decoded from the code on that plane. "
                : ". ") + newPlane.size() + " test " + noun + "s; " + unseen
                : "Each " + noun + " is squeezed into 2 numbers: x and y are the code itself. " + newPlane.size()
                + " test " + noun + "s; " + unseen);
    }

    void setImages(List<float[]> newImages) {
        images = List.copyOf(newImages);
        map.setImages(newImages);
    }

    /** Sets both ends of the walk (the page picks a first pair itself) and asks for it. */
    void setPicks(int a, int b) {
        pickA = a;
        pickB = b;
        nextIsA = true;
        map.markPicks(a, b);
        onWalk.accept(a, b);
    }

    private void pick(int index) {
        if (nextIsA) {
            pickA = index;
        } else {
            pickB = index;
        }
        nextIsA = !nextIsA;
        map.markPicks(pickA, pickB);
        if (pickA >= 0 && pickB >= 0) {
            onWalk.accept(pickA, pickB);
        }
    }

    void showDecoded(float[] pixels, double x, double y, double[] code) {
        decodedView.setImage(Pictures.grey(pixels));
        decodedShown++;
        String where = String.format(Locale.ROOT, "x = %.2f, y = %.2f", x, y);
        decodedCaption.setText(plane != null && plane.projected()
                ? where + " on the plane; decoded from a " + code.length + "-number code"
                : "code (" + String.format(Locale.ROOT, "%.2f, %.2f", code[0], code[1]) + ")");
    }

    /** The walk's images, A's and B's originals at the ends. */
    void showWalk(int a, int b, List<float[]> decoded) {
        if (a != pickA || b != pickB) {
            return; // a newer pick is on its way
        }
        strip.getChildren().clear();
        strip.getChildren().add(tile(images.size() > a ? images.get(a) : null, "A: " + className(a), true));
        for (int i = 0; i < decoded.size(); i++) {
            String caption = i == 0 ? "decoded A" : i == decoded.size() - 1 ? "decoded B"
                    : String.format(Locale.ROOT, "t = %.2f", i / (double) (decoded.size() - 1));
            strip.getChildren().add(tile(decoded.get(i), caption, false));
        }
        strip.getChildren().add(tile(images.size() > b ? images.get(b) : null, "B: " + className(b), true));
        walkCaption.setText("test images #" + a + " and #" + b + ": the codes (1 - t) A + t B for " + decoded.size()
                + " values of t from 0 to 1, each decoded");
    }

    private VBox tile(float[] pixels, String caption, boolean original) {
        ImageView view = Pictures.view(STRIP_SIZE);
        if (pixels != null) {
            view.setImage(Pictures.grey(pixels));
        }
        StackPane frame = new StackPane(view);
        frame.getStyleClass().addAll("ae-image-frame", original ? "ae-original" : "ae-decoded");
        Label label = new Label(caption);
        label.getStyleClass().add("ae-tile-caption");
        VBox tile = new VBox(frame, label);
        tile.setAlignment(Pos.TOP_CENTER);
        tile.getStyleClass().add("ae-tile");
        return tile;
    }

    private String className(int index) {
        if (plane == null || index < 0 || index >= plane.size()) {
            return "?";
        }
        int label = plane.labels()[index];
        return label < plane.classNames().size() ? plane.classNames().get(label) : "class " + label;
    }

    private Label legendItem(String name) {
        int label = plane.classNames().indexOf(name);
        Circle dot = new Circle(5, ClassColours.of(label));
        Label item = new Label(name, dot);
        item.getStyleClass().add("ae-legend-item");
        return item;
    }
}
