package dev.workbench.lessons.kit;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The working arrays of {@link HiddenMajorLstmHelper} for one shape, allocated once outside DL4J's
 * workspaces, with a view per time step made up front. Per-step arrays are [units, batch] blocks of
 * [time, units, batch] arrays, so each view is contiguous.
 */
final class LstmWorkspace {
    final int batch;
    final int features;
    final int time;
    final int hidden;
    final DataType dataType;

    /** Gate weights as rows [i; f; o; g], input weights with the bias as their last column. */
    final INDArray inputWeights;
    final INDArray recurrentWeights;
    final INDArray inputWeightGradient;
    final INDArray recurrentWeightGradient;

    /** [time, features + 1, batch]: the input per step and a last row of ones for the bias. */
    final INDArray inputs;
    final INDArray inputFeatures;
    /** [time, 4 * hidden, batch]: the gates' values after their activations. */
    final INDArray gates;
    /**
     * [time, 4 * hidden, batch]: 0 in the sigmoid gates' rows, 1 in g's. Each gate's derivative is
     * then (1 - v)(offset + v) over the whole contiguous array: s(1 - s) for a sigmoid, 1 - g^2 for g.
     * (Ops on the strided g rows alone ran several times slower.)
     */
    final INDArray gateOffsets;
    /** [time + 1, hidden, batch]: the initial state, then each step's. */
    final INDArray hStates;
    final INDArray cStates;
    final INDArray outputs;
    final INDArray previousOutputs;
    final INDArray tanhCs;

    final INDArray outputGradient;
    final INDArray gateGradients;
    final INDArray gateDerivatives;
    final INDArray tanhCDerivatives;
    final INDArray cellGradient;
    final INDArray scratch;

    /** The same data by unit or feature, [rows, time, batch], and as [rows, time * batch] matrices. */
    final INDArray gateGradientsByUnit;
    final INDArray gateGradientsFlat;
    final INDArray inputsByFeature;
    final INDArray inputsFlat;
    final INDArray previousOutputsByUnit;
    final INDArray previousOutputsFlat;
    final INDArray inputGradientFlat;
    /** [features, time, batch] view of the input gradient (without the bias row). */
    final INDArray inputGradientFeatures;

    final INDArray[] x;
    final INDArray[] z;
    final INDArray[] sigmoidGates;
    final INDArray[] i;
    final INDArray[] f;
    final INDArray[] o;
    final INDArray[] g;
    final INDArray[] hPrev;
    final INDArray[] h;
    final INDArray[] cPrev;
    final INDArray[] c;
    final INDArray[] tanhC;
    final INDArray[] dh;
    final INDArray[] dz;
    final INDArray[] dI;
    final INDArray[] dF;
    final INDArray[] dO;
    final INDArray[] dG;
    final INDArray[] gateDerivative;
    final INDArray[] tanhCDerivative;

    /** {@code existing} when it has this shape, else a new workspace. */
    static LstmWorkspace fitting(LstmWorkspace existing, int batch, int features, int time, int hidden, DataType dataType) {
        if (existing != null && existing.batch == batch && existing.features == features && existing.time == time
                && existing.hidden == hidden && existing.dataType == dataType) {
            return existing;
        }
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return new LstmWorkspace(batch, features, time, hidden, dataType);
        }
    }

    private LstmWorkspace(int batch, int features, int time, int hidden, DataType dataType) {
        this.batch = batch;
        this.features = features;
        this.time = time;
        this.hidden = hidden;
        this.dataType = dataType;
        int gateRows = 4 * hidden;
        inputWeights = Nd4j.create(dataType, gateRows, features + 1);
        recurrentWeights = Nd4j.create(dataType, gateRows, hidden);
        inputWeightGradient = Nd4j.create(dataType, gateRows, features + 1);
        recurrentWeightGradient = Nd4j.create(dataType, gateRows, hidden);

        inputs = Nd4j.create(dataType, time, features + 1, batch);
        inputs.get(NDArrayIndex.all(), NDArrayIndex.point(features), NDArrayIndex.all()).assign(1);
        inputFeatures = inputs.get(NDArrayIndex.all(), NDArrayIndex.interval(0, features), NDArrayIndex.all());
        gates = Nd4j.create(dataType, time, gateRows, batch);
        gateOffsets = Nd4j.create(dataType, time, gateRows, batch);
        rows(gateOffsets, 3 * hidden, gateRows).assign(1);
        hStates = Nd4j.create(dataType, time + 1, hidden, batch);
        cStates = Nd4j.create(dataType, time + 1, hidden, batch);
        outputs = hStates.get(NDArrayIndex.interval(1, time + 1), NDArrayIndex.all(), NDArrayIndex.all());
        previousOutputs = hStates.get(NDArrayIndex.interval(0, time), NDArrayIndex.all(), NDArrayIndex.all());
        tanhCs = Nd4j.create(dataType, time, hidden, batch);

        outputGradient = Nd4j.create(dataType, time, hidden, batch);
        gateGradients = Nd4j.create(dataType, time, gateRows, batch);
        gateDerivatives = Nd4j.create(dataType, time, gateRows, batch);
        tanhCDerivatives = Nd4j.create(dataType, time, hidden, batch);
        cellGradient = Nd4j.create(dataType, hidden, batch);
        scratch = Nd4j.create(dataType, hidden, batch);

        gateGradientsByUnit = Nd4j.create(dataType, gateRows, time, batch);
        gateGradientsFlat = gateGradientsByUnit.reshape('c', gateRows, (long) time * batch);
        inputsByFeature = Nd4j.create(dataType, features + 1, time, batch);
        inputsFlat = inputsByFeature.reshape('c', features + 1, (long) time * batch);
        previousOutputsByUnit = Nd4j.create(dataType, hidden, time, batch);
        previousOutputsFlat = previousOutputsByUnit.reshape('c', hidden, (long) time * batch);
        INDArray inputGradientByFeature = Nd4j.create(dataType, features + 1, time, batch);
        inputGradientFlat = inputGradientByFeature.reshape('c', features + 1, (long) time * batch);
        inputGradientFeatures = inputGradientByFeature.get(NDArrayIndex.interval(0, features), NDArrayIndex.all(),
                NDArrayIndex.all());

        x = new INDArray[time];
        z = new INDArray[time];
        sigmoidGates = new INDArray[time];
        i = new INDArray[time];
        f = new INDArray[time];
        o = new INDArray[time];
        g = new INDArray[time];
        hPrev = new INDArray[time];
        h = new INDArray[time];
        cPrev = new INDArray[time];
        c = new INDArray[time];
        tanhC = new INDArray[time];
        dh = new INDArray[time];
        dz = new INDArray[time];
        dI = new INDArray[time];
        dF = new INDArray[time];
        dO = new INDArray[time];
        dG = new INDArray[time];
        gateDerivative = new INDArray[time];
        tanhCDerivative = new INDArray[time];
        for (int t = 0; t < time; t++) {
            x[t] = inputs.slice(t);
            z[t] = gates.slice(t);
            sigmoidGates[t] = rows(z[t], 0, 3 * hidden);
            i[t] = rows(z[t], 0, hidden);
            f[t] = rows(z[t], hidden, 2 * hidden);
            o[t] = rows(z[t], 2 * hidden, 3 * hidden);
            g[t] = rows(z[t], 3 * hidden, gateRows);
            hPrev[t] = hStates.slice(t);
            h[t] = hStates.slice(t + 1);
            cPrev[t] = cStates.slice(t);
            c[t] = cStates.slice(t + 1);
            tanhC[t] = tanhCs.slice(t);
            dh[t] = outputGradient.slice(t);
            dz[t] = gateGradients.slice(t);
            dI[t] = rows(dz[t], 0, hidden);
            dF[t] = rows(dz[t], hidden, 2 * hidden);
            dO[t] = rows(dz[t], 2 * hidden, 3 * hidden);
            dG[t] = rows(dz[t], 3 * hidden, gateRows);
            gateDerivative[t] = gateDerivatives.slice(t);
            tanhCDerivative[t] = tanhCDerivatives.slice(t);
        }
    }

    /** Rows [from, to) of a [rows, batch] step, or of every step of a [time, rows, batch] array. */
    private static INDArray rows(INDArray array, int from, int to) {
        return array.rank() == 2
                ? array.get(NDArrayIndex.interval(from, to), NDArrayIndex.all())
                : array.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }
}
