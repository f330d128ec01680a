package dev.workbench.app.probes;

import dev.workbench.lessons.engine.ProbeRecord.Text;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Text a probe wrote (e.g. a character model's sample), in a monospace font, newest on top; the
 * last {@link #KEEP} samples stay, older ones muted, each headed by the iteration it came from.
 */
public final class TextView extends ScrollPane implements ProbeWidget {
    public static final String STYLE_CLASS = "probe-text-view";
    public static final String ENTRY_CLASS = "probe-text";
    public static final String HEADING_CLASS = "probe-text-heading";
    public static final String OLDER_CLASS = "probe-text-older";
    static final int KEEP = 4;

    private final VBox entries = new VBox();

    public TextView() {
        getStyleClass().add(STYLE_CLASS);
        entries.getStyleClass().add(STYLE_CLASS + "-entries");
        setContent(entries);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
    }

    @Override
    public void update(List<ProbeSample> samples) {
        for (ProbeSample sample : samples) {
            if (sample.record() instanceof Text text) {
                entries.getChildren().add(0, entry(sample, text.text()));
            }
        }
        while (entries.getChildren().size() > KEEP) {
            entries.getChildren().remove(entries.getChildren().size() - 1);
        }
        for (int i = 0; i < entries.getChildren().size(); i++) {
            Node entry = entries.getChildren().get(i);
            entry.getStyleClass().remove(OLDER_CLASS);
            if (i > 0) {
                entry.getStyleClass().add(OLDER_CLASS);
            }
        }
        setVvalue(0);
    }

    @Override
    public void clear() {
        entries.getChildren().clear();
    }

    @Override
    public boolean isEmpty() {
        return entries.getChildren().isEmpty();
    }

    @Override
    public Node node() {
        return this;
    }

    /** The texts shown, newest first. */
    public List<String> texts() {
        return entries.getChildren().stream()
                .map(entry -> ((Label) ((VBox) entry).getChildren().get(1)).getText()).toList();
    }

    private static Node entry(ProbeSample sample, String text) {
        Label heading = new Label("epoch " + sample.epoch() + " · iteration " + sample.iteration());
        heading.getStyleClass().add(HEADING_CLASS);
        Label body = new Label(text);
        body.getStyleClass().add(ENTRY_CLASS);
        body.setWrapText(true);
        body.setMinHeight(Label.USE_PREF_SIZE);
        VBox box = new VBox(heading, body);
        box.getStyleClass().add(ENTRY_CLASS + "-box");
        return box;
    }
}
