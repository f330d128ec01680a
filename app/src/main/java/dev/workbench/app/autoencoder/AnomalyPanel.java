package dev.workbench.app.autoencoder;

import atlantafx.base.theme.Styles;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.lessons.autoencoder.AnomalyScores;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The anomaly detector built from reconstruction errors: both groups' error histograms, a threshold
 * (slider, or drag on the histogram), what it catches (precision, recall and the four counts) and the
 * ROC curve with its AUC. Outside anomaly mode it says how to turn it on, with a button that does it.
 * On a narrow tab (large text on a projector) the ROC curve moves down and the whole panel scrolls, so
 * no text is cut short.
 */
final class AnomalyPanel extends StackPane {
    static final String THRESHOLD_ID = "ae-threshold";
    static final String HOLD_OUT_ID = "ae-hold-out";
    static final String COUNTS_ID = "ae-counts";
    static final String THRESHOLD_VALUE_ID = "ae-threshold-value";
    static final String SUMMARY_ID = "ae-anomaly-summary";
    /** Below this width (in em) histogram and ROC curve side by side squeeze the legend and axis captions. */
    private static final double WIDE_EM = 64;
    /** The first threshold flags about this share of the normal test images. */
    static final double DEFAULT_FLAGGED = 0.05;

    private final ErrorHistogramView histogram = new ErrorHistogramView();
    private final RocCurveView roc = new RocCurveView();
    private final Slider threshold = new Slider(0, 1, 0.5);
    private final Label thresholdValue = new Label();
    private final Label summary = new Label();
    private final Label explanation = new Label();
    private ExampleWords words = ExampleWords.IMAGES;
    private final Label truePositives = count();
    private final Label falseNegatives = count();
    private final Label falsePositives = count();
    private final Label trueNegatives = count();
    private final Label anomalyRow = new Label("anomaly");
    private final Label normalRow = heading("normal");
    private final GridPane counts = new GridPane();
    private final HBox plots = new HBox();
    private final HBox thresholdRow;
    private final HBox results;
    private final VBox content;
    private final ScrollPane scroll;
    private final VBox off;
    private Arrangement arrangement;
    private final Button holdOut = new Button("Hold out bags");

    private AnomalyScores scores;
    private String anomalyName = "anomaly";
    private AnomalyScores.Confusion confusion;
    /** True once the student moved the threshold: new scores keep it; until then it flags DEFAULT_FLAGGED. */
    private boolean thresholdChosen;
    private boolean settingThreshold;

    AnomalyPanel() {
        getStyleClass().add("ae-anomaly");
        setWords(ExampleWords.IMAGES);
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);

        HBox.setHgrow(histogram, Priority.ALWAYS);
        VBox.setVgrow(histogram, Priority.ALWAYS);
        HBox.setHgrow(plots, Priority.ALWAYS);
        plots.getStyleClass().add("ae-plots");
        VBox.setVgrow(plots, Priority.ALWAYS);

        threshold.setId(THRESHOLD_ID);
        HBox.setHgrow(threshold, Priority.ALWAYS);
        threshold.valueProperty().addListener((obs, old, now) -> {
            thresholdChosen |= !settingThreshold;
            update();
        });
        histogram.setOnThreshold(threshold::setValue);
        Label thresholdLabel = new Label("Threshold");
        thresholdLabel.getStyleClass().add("ae-title");
        thresholdLabel.setMinWidth(Region.USE_PREF_SIZE);
        thresholdValue.setId(THRESHOLD_VALUE_ID);
        thresholdValue.getStyleClass().add("ae-number");
        thresholdValue.setMinWidth(Region.USE_PREF_SIZE);
        thresholdRow = new HBox(thresholdLabel, threshold, thresholdValue);
        thresholdRow.setAlignment(Pos.CENTER_LEFT);
        thresholdRow.getStyleClass().add("ae-threshold-row");

        counts.setId(COUNTS_ID);
        counts.getStyleClass().add("ae-counts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        counts.setMaxWidth(Region.USE_PREF_SIZE);
        counts.add(heading(""), 0, 0);
        counts.add(heading("flagged"), 1, 0);
        counts.add(heading("passed"), 2, 0);
        anomalyRow.getStyleClass().add("ae-count-heading");
        counts.add(anomalyRow, 0, 1);
        counts.add(truePositives, 1, 1);
        counts.add(falseNegatives, 2, 1);
        counts.add(normalRow, 0, 2);
        counts.add(falsePositives, 1, 2);
        counts.add(trueNegatives, 2, 2);
        truePositives.getStyleClass().add("ae-good");
        trueNegatives.getStyleClass().add("ae-good");
        falsePositives.getStyleClass().add("ae-bad");
        falseNegatives.getStyleClass().add("ae-bad");
        summary.setId(SUMMARY_ID);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        results = new HBox(counts, summary);
        results.getStyleClass().add("ae-results");
        results.setAlignment(Pos.CENTER_LEFT);

        content = new VBox();
        content.getStyleClass().add("ae-anomaly-content");
        content.setMinHeight(Region.USE_PREF_SIZE);
        scroll = new ScrollPane(content);
        scroll.getStyleClass().add("ae-anomaly-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> arrange());
        explanation.fontProperty().addListener((obs, old, now) -> arrange());
        arrange(Arrangement.WIDE);

        Label offText = new Label("Anomaly detection needs a class the network never sees while training. Choose one "
                + "under Anomaly class in the settings (or press the button), then train a new model: this tab then "
                + "shows how well the reconstruction error tells that class apart.");
        offText.setWrapText(true);
        offText.setMinHeight(Region.USE_PREF_SIZE);
        holdOut.setId(HOLD_OUT_ID);
        holdOut.getStyleClass().add(Styles.ACCENT);
        off = new VBox(offText, holdOut);
        off.getStyleClass().add("ae-anomaly-off");
        off.setMaxWidth(40 * 14);
        off.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(scroll, off);
        setOff(true);
    }

    /**
     * Where the ROC curve goes for the tab's width (in em of its text): beside the histogram when wide, beside the
     * counts and their explanation when that leaves the text enough room, else under everything.
     */
    private void arrange() {
        double em = explanation.getFont().getSize();
        double width = scroll.getViewportBounds().getWidth();
        if (em > 0 && width > 0) {
            // Beside the counts the curve keeps its full size; the text beside it gets at least the counts' width.
            double besideCounts = content.snappedLeftInset() + content.snappedRightInset() + counts.prefWidth(-1)
                    + roc.prefWidth(-1) + results.getSpacing();
            Arrangement wanted = width / em >= WIDE_EM ? Arrangement.WIDE
                    : width >= besideCounts ? Arrangement.BESIDE_COUNTS : Arrangement.STACKED;
            if (wanted != arrangement) {
                // Not while the scene restyles or lays out (a font change lands here): children move on the next pulse.
                Platform.runLater(() -> arrange(wanted));
            }
        }
    }

    private void arrange(Arrangement wanted) {
        if (wanted == arrangement) {
            return;
        }
        arrangement = wanted;
        VBox text = new VBox(counts, summary);
        text.getStyleClass().add("ae-results-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        // Beside the counts the curve keeps its size and the text takes what is left, wrapping.
        text.setPrefWidth(1);
        roc.setMinWidth(wanted == Arrangement.BESIDE_COUNTS ? Region.USE_PREF_SIZE : Region.USE_COMPUTED_SIZE);
        switch (wanted) {
            case WIDE -> {
                plots.getChildren().setAll(histogram, roc);
                results.getChildren().setAll(counts, summary);
                results.setAlignment(Pos.CENTER_LEFT);
                content.getChildren().setAll(explanation, plots, thresholdRow, results);
            }
            case BESIDE_COUNTS -> {
                plots.getChildren().setAll(histogram);
                results.getChildren().setAll(text, roc);
                results.setAlignment(Pos.TOP_LEFT);
                content.getChildren().setAll(explanation, plots, thresholdRow, results);
            }
            case STACKED -> {
                plots.getChildren().setAll(histogram);
                content.getChildren().setAll(explanation, plots, thresholdRow, text, roc);
            }
        }
    }

    /** Where the ROC curve sits now. */
    Arrangement arrangement() {
        return arrangement;
    }

    enum Arrangement { WIDE, BESIDE_COUNTS, STACKED }

    /** An error (or threshold) with three significant digits, zeros kept so the number does not jump about: 3.00, 0.0412. */
    static String error(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private static Label count() {
        Label label = new Label("–");
        label.getStyleClass().add("ae-count");
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("ae-count-heading");
        return label;
    }

    Button holdOutButton() {
        return holdOut;
    }

    ErrorHistogramView histogram() {
        return histogram;
    }

    RocCurveView roc() {
        return roc;
    }

    Slider threshold() {
        return threshold;
    }

    AnomalyScores.Confusion confusion() {
        return confusion;
    }

    /** Shows the explanation (true) or the detector (false). */
    void setOff(boolean isOff) {
        off.setVisible(isOff);
        scroll.setVisible(!isOff);
    }

    void clear() {
        scores = null;
        confusion = null;
        thresholdChosen = false;
    }

    /** Names the examples and their error unit in every text of the panel. */
    void setWords(ExampleWords newWords) {
        words = newWords;
        histogram.setWords(newWords);
        normalRow.setText(newWords.normalGroup());
        explanation.setText(newWords.images()
                ? "The network was trained without one class. It rebuilds what it has seen well and the unseen class "
                + "badly, so a large reconstruction error flags an anomaly, with no label needed."
                : "The network was trained on " + newWords.normalGroup() + " rows only. It rebuilds rows like them well "
                + "and unusual rows badly, so a large reconstruction error flags an anomaly, with no label needed.");
        update();
    }

    void show(AnomalyScores newScores, String anomalyClass) {
        scores = newScores;
        anomalyName = anomalyClass;
        anomalyRow.setText(anomalyClass);
        setOff(false);
        double upper = ErrorHistogramView.upper(newScores);
        // Until the student picks a threshold, it follows the errors as they shrink during training.
        double value = thresholdChosen ? Math.min(threshold.getValue(), upper) : newScores.thresholdFlagging(DEFAULT_FLAGGED);
        histogram.show(newScores, anomalyClass, value);
        var curve = newScores.roc();
        roc.show(curve, AnomalyScores.area(curve));
        settingThreshold = true;
        try {
            threshold.setMax(upper);
            threshold.setBlockIncrement(upper / 200);
            threshold.setValue(value);
        } finally {
            settingThreshold = false;
        }
        update();
    }

    private void update() {
        if (scores == null) {
            return;
        }
        double t = threshold.getValue();
        confusion = scores.confusionAbove(t);
        thresholdValue.setText(error(t));
        histogram.setThreshold(t);
        roc.mark(confusion);
        truePositives.setText(Integer.toString(confusion.truePositives()));
        falseNegatives.setText(Integer.toString(confusion.falseNegatives()));
        falsePositives.setText(Integer.toString(confusion.falsePositives()));
        trueNegatives.setText(Integer.toString(confusion.trueNegatives()));
        int flagged = confusion.truePositives() + confusion.falsePositives();
        int anomalies = confusion.truePositives() + confusion.falseNegatives();
        int caught = confusion.truePositives();
        summary.setText("Precision " + ChartFormat.percent(confusion.precision()) + ": of the " + flagged
                + " test " + words.examples() + " flagged, " + caught + (caught == 1 ? " is " : " are ") + anomalyName + ".\n"
                + "Recall " + ChartFormat.percent(confusion.recall()) + ": of the " + anomalies + " " + anomalyName
                + " " + words.examples() + ", " + caught + (caught == 1 ? " is" : " are") + " flagged.\n"
                + "False alarms: " + ChartFormat.percent(confusion.falsePositiveRate()) + " of the " + words.normalGroup()
                + " " + words.examples() + ". "
                + "Move the threshold: fewer false alarms cost missed anomalies.");
    }
}
