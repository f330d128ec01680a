package dev.workbench.lessons.memory;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

/**
 * "Recall the first symbol": a sequence of {@code lag + 1} one-hot steps starts with one of
 * {@link #SYMBOLS} symbols to remember, followed by {@code lag} random distractors from
 * {@link #DISTRACTORS} other symbols; after the last step the network must name the first symbol.
 * Chance is 1 in {@link #SYMBOLS}. Nothing near the end says anything about the answer, so a
 * network can only solve it by carrying the first step over the whole lag.
 */
public final class RecallTask {
    public static final int SYMBOLS = 4;
    public static final int DISTRACTORS = 4;
    public static final int FEATURES = SYMBOLS + DISTRACTORS;
    public static final double CHANCE = 1.0 / SYMBOLS;

    private final int lag;

    public RecallTask(int lag) {
        if (lag < 1) {
            throw new IllegalArgumentException("lag >= 1: " + lag);
        }
        this.lag = lag;
    }

    /** Steps per sequence: the symbol, then the lag. */
    public int length() {
        return lag + 1;
    }

    /** {@code count} sequences, features [count, FEATURES, lag + 1], labels one-hot [count, SYMBOLS]. */
    public DataSet sample(int count, Random random) {
        float[][][] features = new float[count][FEATURES][length()];
        float[][] labels = new float[count][SYMBOLS];
        for (int s = 0; s < count; s++) {
            int symbol = random.nextInt(SYMBOLS);
            features[s][symbol][0] = 1;
            labels[s][symbol] = 1;
            for (int t = 1; t < length(); t++) {
                features[s][SYMBOLS + random.nextInt(DISTRACTORS)][t] = 1;
            }
        }
        INDArray x = Nd4j.create(features).castTo(DataType.FLOAT);
        INDArray y = Nd4j.create(labels).castTo(DataType.FLOAT);
        return new DataSet(x, y);
    }
}
