package dev.workbench.lessons.kit;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Speed-up for every network's updates: {@link #install} gives a network an updater that skips a
 * DL4J slow path which took every update for one with an external gradient (see
 * docs/benchmarks.md, "A network's own gradient", and {@link OwnGradient}). Same updates as DL4J's
 * updater, bit for bit ({@code OwnGradientUpdatesTest}). DL4J builds a plain updater again when
 * the learning rate is changed through the network: change it with {@link #setLearningRate}, and
 * install again after anything that builds a new network.
 */
public final class OwnGradientUpdates {
    /** {@code -Dworkbench.dl4j-updater=true} keeps DL4J's updaters: for A/B benchmarks (bench/ab.sh). */
    static final String DL4J_ONLY = "workbench.dl4j-updater";

    private OwnGradientUpdates() {
    }

    /** Replaces {@code net}'s updater, keeping its state; returns whether it did. */
    public static boolean install(MultiLayerNetwork net) {
        if (Boolean.getBoolean(DL4J_ONLY) || net.getUpdater() instanceof OwnGradientNetworkUpdater) {
            return false;
        }
        net.setUpdater(new OwnGradientNetworkUpdater(net, net.getUpdater().getStateViewArray()));
        return true;
    }

    /** Replaces {@code graph}'s updater, keeping its state; returns whether it did. */
    public static boolean install(ComputationGraph graph) {
        if (Boolean.getBoolean(DL4J_ONLY) || graph.getUpdater() instanceof OwnGradientGraphUpdater) {
            return false;
        }
        graph.setUpdater(new OwnGradientGraphUpdater(graph, graph.getUpdater().getStateViewArray()));
        return true;
    }

    /** Installs on a {@link MultiLayerNetwork} or {@link ComputationGraph}; returns whether it did. */
    public static boolean install(Model model) {
        if (model instanceof MultiLayerNetwork net) {
            return install(net);
        }
        return model instanceof ComputationGraph graph && install(graph);
    }

    /** {@code net.setLearningRate(rate)}, keeping the updater installed if it was. */
    public static void setLearningRate(MultiLayerNetwork net, double rate) {
        boolean installed = net.getUpdater() instanceof OwnGradientNetworkUpdater;
        net.setLearningRate(rate);
        if (installed) {
            install(net);
        }
    }

    /** {@code graph.setLearningRate(rate)}, keeping the updater installed if it was. */
    public static void setLearningRate(ComputationGraph graph, double rate) {
        boolean installed = graph.getUpdater() instanceof OwnGradientGraphUpdater;
        graph.setLearningRate(rate);
        if (installed) {
            install(graph);
        }
    }

    /** How many updates of {@code model} went the fast way; zero without {@link #install}. */
    public static long ownGradientUpdates(Model model) {
        if (model instanceof MultiLayerNetwork net && net.getUpdater() instanceof OwnGradientNetworkUpdater own) {
            return own.ownGradientUpdates();
        }
        if (model instanceof ComputationGraph graph && graph.getUpdater() instanceof OwnGradientGraphUpdater own) {
            return own.ownGradientUpdates();
        }
        return 0;
    }
}
