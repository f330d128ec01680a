package dev.workbench.app.resnet;

import dev.workbench.lessons.resnet.NetworkDiagram;
import dev.workbench.lessons.resnet.NetworkDiagram.Edge;
import dev.workbench.lessons.resnet.NetworkDiagram.Kind;
import dev.workbench.lessons.resnet.NetworkDiagram.Node;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The graph laid out top to bottom: the main path in one column, skip connections as arcs on its
 * left, 1x1 projections on a shortcut in a second column on the right. Boxes are labels styled in
 * em, so the diagram grows with the app's font scale; spacing is taken from the box heights.
 */
final class DiagramPane extends Pane {
    static final String BOX_CLASS = "resnet-box";
    static final String ADD_CLASS = "resnet-add";
    static final String EDGE_CLASS = "resnet-edge";
    static final String SKIP_CLASS = "resnet-skip";
    static final String NAME_CLASS = "resnet-box-name";
    static final String DETAIL_CLASS = "resnet-box-detail";
    static final String GRADIENT_CLASS = "resnet-box-gradient";
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Gap between boxes and room for the arcs, as shares of a box's height. */
    private static final double GAP = 0.45;
    private static final double ARC_ROOM = 1.6;
    private static final double MARGIN = 0.5;

    private final Map<String, Region> boxes = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<Path> paths = new ArrayList<>();
    private Consumer<String> onSelect = name -> { };
    private String selected;
    /** How far left the skip arcs reach (set by {@link #place()}). */
    private double arcReach;

    void setOnSelect(Consumer<String> handler) {
        this.onSelect = handler;
    }

    void show(NetworkDiagram diagram) {
        getChildren().clear();
        boxes.clear();
        paths.clear();
        nodes.clear();
        edges.clear();
        nodes.addAll(diagram.nodes());
        edges.addAll(diagram.edges());
        for (Edge edge : edges) {
            Path path = new Path();
            path.getStyleClass().add(edge.skip() || isShortcut(edge.from()) || isShortcut(edge.to()) ? SKIP_CLASS : EDGE_CLASS);
            path.setMouseTransparent(true);
            paths.add(path);
        }
        getChildren().addAll(paths);
        for (Node node : nodes) {
            Region box = node.kind() == Kind.ADD ? addBox(node) : layerBox(node);
            box.setId("resnet-box-" + node.name());
            box.setOnMouseClicked(e -> onSelect.accept(node.name()));
            boxes.put(node.name(), box);
            getChildren().add(box);
        }
        select(selected);
        requestLayout();
    }

    private static Region layerBox(Node node) {
        Label name = new Label(node.name());
        name.getStyleClass().add(NAME_CLASS);
        String params = node.parameters() == 0 ? "" : " · " + String.format(Locale.ROOT, "%,d", node.parameters())
                + (node.parameters() == 1 ? " param" : " params");
        Label detail = new Label(node.type() + params);
        detail.getStyleClass().add(DETAIL_CLASS);
        VBox box = new VBox(name, detail);
        box.getStyleClass().addAll(BOX_CLASS, "resnet-" + node.kind().name().toLowerCase(Locale.ROOT));
        if (node.gradient()) {
            box.getStyleClass().add(GRADIENT_CLASS);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        box.setFillWidth(true);
        return box;
    }

    private static Region addBox(Node node) {
        Label plus = new Label("+");
        plus.getStyleClass().add(ADD_CLASS);
        plus.setAlignment(Pos.CENTER);
        Tooltip.install(plus, new Tooltip(node.name() + ": adds the shortcut to the block's output"));
        return plus;
    }

    void select(String name) {
        selected = name;
        boxes.forEach((n, box) -> box.pseudoClassStateChanged(SELECTED, n.equals(name)));
    }

    Region box(String name) {
        return boxes.get(name);
    }

    private boolean isShortcut(String name) {
        return nodes.stream().anyMatch(n -> n.name().equals(name) && n.shortcut());
    }

    /** Where every box goes: x, y, width, height. */
    private Map<String, double[]> place() {
        Map<String, double[]> at = new HashMap<>();
        double unit = 0;
        double mainWidth = 0;
        double sideWidth = 0;
        for (Node node : nodes) {
            Region box = boxes.get(node.name());
            unit = Math.max(unit, box.prefHeight(-1));
            if (node.kind() != Kind.ADD) {
                if (node.shortcut()) {
                    sideWidth = Math.max(sideWidth, box.prefWidth(-1));
                } else {
                    mainWidth = Math.max(mainWidth, box.prefWidth(-1));
                }
            }
        }
        double left = (MARGIN + ARC_ROOM) * unit;
        arcReach = left - 0.8 * ARC_ROOM * unit;
        double y = MARGIN * unit;
        for (Node node : nodes) {
            if (node.shortcut()) {
                continue;
            }
            Region box = boxes.get(node.name());
            double h = box.prefHeight(-1);
            double w = node.kind() == Kind.ADD ? box.prefWidth(-1) : mainWidth;
            double x = node.kind() == Kind.ADD ? left + (mainWidth - w) / 2 : left;
            at.put(node.name(), new double[]{x, y, w, h});
            y += h + GAP * unit;
        }
        double sideX = left + mainWidth + ARC_ROOM * unit;
        for (Node node : nodes) {
            if (!node.shortcut()) {
                continue;
            }
            double top = Double.NaN;
            double bottom = Double.NaN;
            for (Edge edge : edges) {
                if (edge.to().equals(node.name()) && at.containsKey(edge.from())) {
                    double[] from = at.get(edge.from());
                    top = from[1] + from[3];
                }
                if (edge.from().equals(node.name()) && at.containsKey(edge.to())) {
                    bottom = at.get(edge.to())[1];
                }
            }
            Region box = boxes.get(node.name());
            double h = box.prefHeight(-1);
            double middle = Double.isNaN(top) || Double.isNaN(bottom) ? y : (top + bottom) / 2;
            at.put(node.name(), new double[]{sideX, middle - h / 2, Math.max(sideWidth, box.prefWidth(-1)), h});
        }
        return at;
    }

    @Override
    protected void layoutChildren() {
        if (nodes.isEmpty()) {
            return;
        }
        Map<String, double[]> at = place();
        at.forEach((name, r) -> boxes.get(name).resizeRelocate(r[0], r[1], r[2], r[3]));
        for (int i = 0; i < edges.size(); i++) {
            route(paths.get(i), edges.get(i), at);
        }
    }

    /** A straight line down the main path; an arc on the left for a skip; curves to and from the side column. */
    private void route(Path path, Edge edge, Map<String, double[]> at) {
        double[] from = at.get(edge.from());
        double[] to = at.get(edge.to());
        path.getElements().clear();
        if (from == null || to == null) {
            return;
        }
        boolean fromSide = isShortcut(edge.from());
        boolean toSide = isShortcut(edge.to());
        if (toSide) {
            double sx = from[0] + from[2];
            double sy = from[1] + from[3] / 2;
            double ex = to[0] + to[2] / 2;
            double ey = to[1];
            path.getElements().addAll(new MoveTo(sx, sy), new CubicCurveTo(ex, sy, ex, sy, ex, ey));
        } else if (fromSide) {
            double sx = from[0] + from[2] / 2;
            double sy = from[1] + from[3];
            double ex = to[0] + to[2];
            double ey = to[1] + to[3] / 2;
            path.getElements().addAll(new MoveTo(sx, sy), new CubicCurveTo(sx, ey, sx, ey, ex, ey));
        } else if (edge.skip()) {
            double sx = from[0];
            double sy = from[1] + from[3] / 2;
            double ex = to[0];
            double ey = to[1] + to[3] / 2;
            double reach = arcReach;
            path.getElements().addAll(new MoveTo(sx, sy), new CubicCurveTo(reach, sy, reach, ey, ex, ey));
        } else {
            double x1 = from[0] + from[2] / 2;
            double x2 = to[0] + to[2] / 2;
            path.getElements().addAll(new MoveTo(x1, from[1] + from[3]), new LineTo(x2, to[1]));
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        double right = 0;
        for (double[] r : place().values()) {
            right = Math.max(right, r[0] + r[2]);
        }
        return right + 2 * MARGIN * unitHeight();
    }

    @Override
    protected double computePrefHeight(double width) {
        double bottom = 0;
        for (double[] r : place().values()) {
            bottom = Math.max(bottom, r[1] + r[3]);
        }
        return bottom + MARGIN * unitHeight();
    }

    private double unitHeight() {
        return boxes.values().stream().mapToDouble(b -> b.prefHeight(-1)).max().orElse(0);
    }
}
