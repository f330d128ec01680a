package dev.workbench.app.text;

import dev.workbench.lessons.engine.Numbers;
import dev.workbench.lessons.text.TextLesson;
import dev.workbench.lessons.text.Writing;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.Locale;

/**
 * The Writing tab's nodes: a row of controls (prime, temperature, Sample now), a line saying
 * where the sample came from, a message line for refusals, and the sample in large monospace type
 * with the prime set apart from what the model added.
 */
final class WritingView extends BorderPane {
    static final String PRIME_ID = "writing-prime";
    static final String TEMPERATURE_ID = "writing-temperature";
    static final String SAMPLE_ID = "writing-sample-now";
    static final String MESSAGE_ID = "writing-message";
    static final String TEXT_ID = "writing-text";
    static final String STYLE_CLASS = "writing-tab";
    static final String TOOLS_CLASS = "writing-tools";
    static final String FIELD_CLASS = "writing-field";
    static final String CAPTION_CLASS = "writing-caption";
    static final String MESSAGE_CLASS = "writing-message";
    static final String PAPER_CLASS = "writing-paper";
    static final String PRIME_TEXT_CLASS = "writing-prime-text";
    static final String WRITTEN_TEXT_CLASS = "writing-written-text";
    static final String REFUSED_CLASS = "writing-refused";

    private final TextField prime = new TextField(TextLesson.DEFAULT_PRIME);
    private final Slider temperature = new Slider(TextLesson.MIN_TEMPERATURE, TextLesson.MAX_TEMPERATURE,
            TextLesson.DEFAULT_TEMPERATURE);
    private final Label temperatureValue = new Label();
    private final Button sampleNow = new Button("Sample now");
    private final Label caption = new Label("No model yet: press Train (or Reset) and the model's writing appears here, "
            + "a new sample every few seconds while it trains.");
    private final Label message = new Label();
    private final Text primeText = new Text();
    private final Text writtenText = new Text();
    private final TextFlow paper = new TextFlow(primeText, writtenText);
    private String shownText = "";

    WritingView() {
        getStyleClass().add(STYLE_CLASS);
        prime.setId(PRIME_ID);
        prime.setPrefColumnCount(14);
        prime.setTooltip(new Tooltip("The text the model reads before it starts writing; only characters the novel uses"));
        temperature.setId(TEMPERATURE_ID);
        temperature.setBlockIncrement(0.1);
        temperature.setPrefWidth(220);
        temperature.setMinWidth(120);
        temperature.setTooltip(new Tooltip("Low: safe and repetitive. 1: the model's own probabilities. High: adventurous, "
                + "then nonsense. Applies to the next sample."));
        temperatureValue.textProperty().bind(temperature.valueProperty().asString(Locale.ROOT, "%.2f"));
        temperatureValue.setMinWidth(Region.USE_PREF_SIZE);
        sampleNow.setId(SAMPLE_ID);
        sampleNow.setTooltip(new Tooltip("Write a new sample now, with a new random seed"));
        sampleNow.setMinWidth(Region.USE_PREF_SIZE);

        FlowPane tools = new FlowPane(field("Prime", prime), field("Temperature", temperature, temperatureValue), sampleNow);
        tools.getStyleClass().add(TOOLS_CLASS);
        tools.setAlignment(Pos.CENTER_LEFT);
        caption.getStyleClass().add(CAPTION_CLASS);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(MESSAGE_CLASS);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        VBox top = new VBox(tools, message, caption);
        top.getStyleClass().add(TOOLS_CLASS + "-box");
        tools.prefWrapLengthProperty().bind(widthProperty());

        primeText.getStyleClass().add(PRIME_TEXT_CLASS);
        writtenText.getStyleClass().add(WRITTEN_TEXT_CLASS);
        paper.setId(TEXT_ID);
        paper.getStyleClass().add(PAPER_CLASS);
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(PAPER_CLASS + "-scroll");
        setTop(top);
        setCenter(scroll);
    }

    private static HBox field(String label, javafx.scene.Node... controls) {
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(name);
        box.getChildren().addAll(controls);
        box.getStyleClass().add(FIELD_CLASS);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    TextField prime() {
        return prime;
    }

    Slider temperature() {
        return temperature;
    }

    Button sampleNow() {
        return sampleNow;
    }

    /** The text on the page: prime and what the model added. */
    String shownText() {
        return shownText;
    }

    String message() {
        return message.isVisible() ? message.getText() : "";
    }

    /** A sample the model wrote after {@code iteration} updates; a refusal keeps the last sample and says why. */
    void show(Writing writing, long iteration) {
        if (writing instanceof Writing.Written written) {
            primeText.setText(written.prime());
            writtenText.setText(written.continuation());
            shownText = written.text();
            caption.setText("Written after " + String.format(Locale.ROOT, "%,d", iteration) + " updates, at temperature "
                    + Numbers.compact(written.temperature()) + " (seed " + written.seed() + "). In colour: the prime it read first.");
            message.setVisible(false);
            prime.getStyleClass().remove(REFUSED_CLASS);
        } else if (writing instanceof Writing.Refused refused) {
            message.setText(refused.reason());
            message.setVisible(true);
            if (!prime.getStyleClass().contains(REFUSED_CLASS)) {
                prime.getStyleClass().add(REFUSED_CLASS);
            }
        }
    }

    /** A new model: forget the old one's writing. */
    void clear(String note) {
        primeText.setText("");
        writtenText.setText("");
        shownText = "";
        caption.setText(note);
        message.setVisible(false);
    }
}
