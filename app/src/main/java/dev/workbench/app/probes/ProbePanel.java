package dev.workbench.app.probes;

import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.ProbeSpec;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One titled widget per declared probe, in cards that reflow into as many columns as the width
 * allows (one when narrow; sizes in em, so 200% fonts mean fewer, larger cards) and scroll rather
 * than clip. The owner calls {@link #accept} once per UI frame with that frame's samples.
 *
 * <p>Which widget draws a probe follows its {@link ProbeRecord.Kind}: BARS a {@link BarsView},
 * HEAT_ROW a {@link HeatRowView}, IMAGES an {@link ImageGridView}, TEXT a {@link TextView}, GRID and
 * POINTS a {@link PlaneView}. <b>Pairing rule:</b> the n-th GRID probe and the n-th POINTS probe
 * (in declaration order) share one PlaneView, the points drawn over the grid, placed where the
 * first of the two was declared and titled "grid label · points label"; a GRID or POINTS probe
 * without a partner gets a PlaneView of its own.
 */
public final class ProbePanel extends ScrollPane {
    public static final String STYLE_CLASS = "probe-panel";
    public static final String GRID_CLASS = "probe-grid";
    private static final String STYLESHEET = "/dev/workbench/app/css/probes.css";
    private static final String PAIR_SEPARATOR = " · ";

    private final List<ProbeSpec> specs;
    private final Map<String, ProbeWidget> widgets = new LinkedHashMap<>();
    private final List<ProbeCard> cards = new ArrayList<>();
    /** The cards of the probes the current run streams; a run with other settings may stream fewer. */
    private List<ProbeCard> shown = List.of();
    private final GridPane grid = new GridPane();
    private int columns;

    public ProbePanel(List<ProbeSpec> specs) {
        this.specs = List.copyOf(specs);
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(Objects.requireNonNull(ProbePanel.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        grid.getStyleClass().add(GRID_CLASS);
        setContent(grid);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        buildCards();
        shown = List.copyOf(cards);
        reflow(0);
    }

    /** The probes this panel was built for. */
    /**
     * Shows only the cards of {@code active} probes (those a run with the current settings
     * streams), so a 2-D run shows no empty image grids; the others come back for a run that has them.
     */
    public void show(List<ProbeSpec> active) {
        java.util.Set<ProbeWidget> used = new java.util.HashSet<>();
        active.forEach(spec -> widget(spec.id()).ifPresent(used::add));
        List<ProbeCard> next = cards.stream().filter(card -> used.contains(card.widget())).toList();
        if (!next.equals(shown)) {
            shown = next;
            columns = 0;
            requestLayout();
        }
    }

    public List<ProbeSpec> specs() {
        return specs;
    }

    /**
     * Shows a frame's samples (oldest first), on the FX thread. Snapshot widgets keep only each
     * probe's latest record and redraw once; heat maps over time append every row. Samples of
     * probes this panel does not know are ignored.
     */
    public void accept(List<ProbeSample> samples) {
        Map<ProbeWidget, List<ProbeSample>> byWidget = new IdentityHashMap<>();
        for (ProbeSample sample : samples) {
            ProbeWidget widget = widgets.get(sample.probeId());
            if (widget != null) {
                byWidget.computeIfAbsent(widget, w -> new ArrayList<>()).add(sample);
            }
        }
        byWidget.forEach(ProbeWidget::update);
    }

    /** Empties every widget, for a new run. */
    public void clear() {
        cards.forEach(card -> card.widget().clear());
    }

    /** The widget drawing probe {@code id} (a plane view is shared by its grid and its points). */
    public Optional<ProbeWidget> widget(String id) {
        return Optional.ofNullable(widgets.get(id));
    }

    /** Widgets on the panel, one per card. */
    public List<ProbeWidget> widgets() {
        return cards.stream().map(ProbeCard::widget).toList();
    }

    /** Columns of cards in the current layout. */
    public int columns() {
        return columns;
    }

    private void buildCards() {
        List<ProbeSpec> gridSpecs = specs.stream().filter(s -> s.kind() == ProbeRecord.Kind.GRID).toList();
        List<ProbeSpec> pointSpecs = specs.stream().filter(s -> s.kind() == ProbeRecord.Kind.POINTS).toList();
        for (ProbeSpec spec : specs) {
            if (widgets.containsKey(spec.id())) {
                continue; // the partner of a plane already placed, or a repeated id
            }
            ProbeSpec partner = partner(spec, gridSpecs, pointSpecs);
            ProbeWidget widget = widgetFor(spec.kind());
            String title = spec.label();
            if (partner != null) {
                title = spec.kind() == ProbeRecord.Kind.GRID
                        ? spec.label() + PAIR_SEPARATOR + partner.label()
                        : partner.label() + PAIR_SEPARATOR + spec.label();
                widgets.put(partner.id(), widget);
            }
            widgets.put(spec.id(), widget);
            cards.add(new ProbeCard(title, widget));
        }
    }

    /** The POINTS probe paired with a GRID one, or the other way round; null if none. */
    private static ProbeSpec partner(ProbeSpec spec, List<ProbeSpec> gridSpecs, List<ProbeSpec> pointSpecs) {
        int index;
        if (spec.kind() == ProbeRecord.Kind.GRID) {
            index = gridSpecs.indexOf(spec);
            return index < pointSpecs.size() ? pointSpecs.get(index) : null;
        }
        if (spec.kind() == ProbeRecord.Kind.POINTS) {
            index = pointSpecs.indexOf(spec);
            return index < gridSpecs.size() ? gridSpecs.get(index) : null;
        }
        return null;
    }

    private static ProbeWidget widgetFor(ProbeRecord.Kind kind) {
        return switch (kind) {
            case BARS -> new BarsView();
            case HEAT_ROW -> new HeatRowView();
            case IMAGES -> new ImageGridView();
            case POINTS, GRID -> new PlaneView();
            case TEXT -> new TextView();
        };
    }

    /** Reflows before each layout: the viewport or the font (so the cards' em sizes) may have changed. */
    @Override
    protected void layoutChildren() {
        reflow(getViewportBounds().getWidth());
        super.layoutChildren();
    }

    /** Puts the cards into as many equal columns as fit {@code width} at their preferred width. */
    private void reflow(double width) {
        double cardWidth = shown.isEmpty() ? 1 : shown.stream().mapToDouble(c -> c.prefWidth(-1)).max().orElse(1);
        int wanted = width <= 0 ? 1 : GridFit.columns(width, cardWidth, grid.getHgap(), Math.max(1, shown.size()));
        if (wanted == columns && grid.getChildren().size() == shown.size()) {
            return;
        }
        columns = wanted;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / columns);
            constraints.setHgrow(Priority.ALWAYS);
            constraints.setFillWidth(true);
            grid.getColumnConstraints().add(constraints);
        }
        for (int i = 0; i < shown.size(); i++) {
            grid.add(shown.get(i), i % columns, i / columns);
        }
    }
}
