package dev.workbench.lessons.insight;

import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.ProbeRecord;

/**
 * A session of a recurrent network that can show what happens inside its first recurrent layer
 * for one of a fixed set of windows (the app's "Inside the cell" tab asks through this).
 */
public interface RecurrentInsight extends LessonSession {
    /** How many windows can be inspected (at least one). */
    int inspectableWindows();

    /**
     * The memory horizon ({@link MemoryHorizon}) of the network as it was when the session was made:
     * freshly initialised, or as loaded from a checkpoint. The live probe only starts after some updates.
     */
    ProbeRecord.Bars initialMemoryHorizon();

    /** The first recurrent layer's gates and states over window {@code index}, 0-based. Training thread only. */
    CellInterior cellInterior(int index);
}
