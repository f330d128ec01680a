package dev.workbench.lessons.insight;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Recomputes what the first recurrent layer of a network does over one window, step by step, from
 * the layer's own weights, so the gates DL4J keeps internal become visible. Runs on the training
 * thread; what it returns holds plain arrays only.
 *
 * <p>DL4J's {@code LSTM} (no peepholes) keeps W [nIn, 4n], RW [n, 4n] and b [1, 4n] with the four
 * blocks in the order candidate g, forget f, output o, input i (LSTMHelpers.activateHelper):
 * <pre>
 *   z = x_t W + h_(t-1) RW + b,  g = tanh(z[0,n)), f = σ(z[n,2n)), o = σ(z[2n,3n)), i = σ(z[3n,4n))
 *   c_t = f * c_(t-1) + i * g,   h_t = o * tanh(c_t)
 * </pre>
 * {@code SimpleRnn} keeps W [nIn, n], RW [n, n], b [1, n]: h_t = tanh(x_t W + h_(t-1) RW + b).
 */
public final class CellRecomputation {
    private CellRecomputation() {
    }

    /**
     * @param net      a network whose layer 0 is an LSTM or SimpleRnn (possibly wrapped, e.g. in LastTimeStep)
     * @param window   one window, [features][time step], as the network reads it
     * @param index    the window's index, reported back
     * @param windows  how many windows can be chosen, reported back
     */
    public static CellInterior firstLayer(MultiLayerNetwork net, double[][] window, int index, int windows) {
        Layer layer = net.getLayer(0);
        org.deeplearning4j.nn.conf.layers.Layer conf = unwrap(layer.conf().getLayer());
        INDArray w = layer.getParam("W").castTo(DataType.DOUBLE);
        INDArray rw = layer.getParam("RW").castTo(DataType.DOUBLE);
        INDArray b = layer.getParam("b").castTo(DataType.DOUBLE);
        INDArray x = Nd4j.create(window).transpose(); // [T, features]
        if (conf instanceof LSTM lstm) {
            return lstm(lstm, w, rw, b, x, window, index, windows);
        }
        if (conf instanceof SimpleRnn rnn) {
            if (rnn.hasLayerNorm()) {
                throw new IllegalArgumentException("layer-normalised SimpleRnn is not recomputed");
            }
            return plain(rnn.getActivationFn(), w, rw, b, x, window, index, windows);
        }
        throw new IllegalArgumentException("layer 0 is no LSTM or SimpleRnn: " + conf.getClass().getSimpleName());
    }

    private static org.deeplearning4j.nn.conf.layers.Layer unwrap(org.deeplearning4j.nn.conf.layers.Layer conf) {
        org.deeplearning4j.nn.conf.layers.Layer inner = conf;
        while (inner instanceof BaseWrapperLayer wrapper) {
            inner = wrapper.getUnderlying();
        }
        return inner;
    }

    private static CellInterior lstm(LSTM conf, INDArray w, INDArray rw, INDArray b, INDArray x, double[][] window,
                                     int index, int windows) {
        int n = (int) rw.size(0);
        int steps = (int) x.size(0);
        double[][] g = new double[n][steps];
        double[][] f = new double[n][steps];
        double[][] o = new double[n][steps];
        double[][] i = new double[n][steps];
        double[][] c = new double[n][steps];
        double[][] h = new double[n][steps];
        IActivation tanh = conf.getActivationFn();
        IActivation gate = conf.getGateActivationFn();
        INDArray hPrev = Nd4j.zeros(DataType.DOUBLE, 1, n);
        INDArray cPrev = Nd4j.zeros(DataType.DOUBLE, 1, n);
        for (int t = 0; t < steps; t++) {
            INDArray z = x.getRow(t, true).mmul(w).addi(hPrev.mmul(rw)).addi(b);
            INDArray gt = tanh.getActivation(z.get(NDArrayIndex.all(), NDArrayIndex.interval(0, n)).dup(), false);
            INDArray ft = gate.getActivation(z.get(NDArrayIndex.all(), NDArrayIndex.interval(n, 2 * n)).dup(), false);
            INDArray ot = gate.getActivation(z.get(NDArrayIndex.all(), NDArrayIndex.interval(2 * n, 3 * n)).dup(), false);
            INDArray it = gate.getActivation(z.get(NDArrayIndex.all(), NDArrayIndex.interval(3 * n, 4 * n)).dup(), false);
            INDArray ct = ft.mul(cPrev).addi(it.mul(gt));
            INDArray ht = ot.mul(tanh.getActivation(ct.dup(), false));
            column(g, t, gt);
            column(f, t, ft);
            column(o, t, ot);
            column(i, t, it);
            column(c, t, ct);
            column(h, t, ht);
            hPrev = ht;
            cPrev = ct;
        }
        return new CellInterior(CellInterior.LSTM, 1, index, windows, window, h, i, f, o, g, c);
    }

    private static CellInterior plain(IActivation activation, INDArray w, INDArray rw, INDArray b, INDArray x,
                                      double[][] window, int index, int windows) {
        int n = (int) rw.size(0);
        int steps = (int) x.size(0);
        double[][] h = new double[n][steps];
        INDArray hPrev = Nd4j.zeros(DataType.DOUBLE, 1, n);
        for (int t = 0; t < steps; t++) {
            INDArray ht = activation.getActivation(x.getRow(t, true).mmul(w).addi(hPrev.mmul(rw)).addi(b), false);
            column(h, t, ht);
            hPrev = ht;
        }
        return CellInterior.rnn(1, index, windows, window, h);
    }

    private static void column(double[][] map, int t, INDArray row) {
        double[] values = row.toDoubleVector();
        for (int u = 0; u < values.length; u++) {
            map[u][t] = values[u];
        }
    }
}
