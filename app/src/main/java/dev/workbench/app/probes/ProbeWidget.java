package dev.workbench.app.probes;

import dev.workbench.lessons.engine.RunEvent.ProbeSample;
import javafx.scene.Node;

import java.util.List;

/** A view of one or more probes, fed once per UI frame on the FX thread. */
public interface ProbeWidget {

    /**
     * Shows a frame's samples for this widget's probes, oldest first (never empty). A widget that
     * draws a snapshot uses the latest record of each probe and redraws once; a history (the
     * heat map over time) appends them all. Records of a kind the widget does not draw are ignored.
     */
    void update(List<ProbeSample> samples);

    /** Forgets everything shown (a new run starts). */
    void clear();

    /** Whether nothing has been shown since the start or the last {@link #clear()}. */
    boolean isEmpty();

    /** The node to put on screen. */
    Node node();
}
