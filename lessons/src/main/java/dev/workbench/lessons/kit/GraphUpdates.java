package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Speed-up for ComputationGraph training: {@link #install} gives the graph an
 * {@link OwnGradientUpdater}, which skips a DL4J slow path that took every update of a graph for
 * an external gradient (see docs/benchmarks.md, "A graph's own gradient"). Same updates as DL4J's
 * updater ({@code GraphUpdatesTest}). Call again after anything that builds a new graph.
 */
public final class GraphUpdates {
    /** {@code -Dworkbench.dl4j-graph-updater=true} keeps DL4J's updater: for A/B benchmarks (bench/ab.sh). */
    static final String DL4J_ONLY = "workbench.dl4j-graph-updater";

    private GraphUpdates() {
    }

    /** Replaces {@code graph}'s updater, keeping its state; returns whether it did. */
    public static boolean install(ComputationGraph graph) {
        if (Boolean.getBoolean(DL4J_ONLY) || graph.getUpdater() instanceof OwnGradientUpdater) {
            return false;
        }
        graph.setUpdater(new OwnGradientUpdater(graph, graph.getUpdater().getStateViewArray()));
        return true;
    }

    /** How many updates of {@code graph} went the fast way; zero without {@link #install}. */
    public static long ownGradientUpdates(ComputationGraph graph) {
        return graph.getUpdater() instanceof OwnGradientUpdater own ? own.ownGradientUpdates() : 0;
    }
}
