package dev.workbench.lessons.engine;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Java access to a float array's numbers where ND4J keeps them, without a copy. */
public final class NativeFloats {
    private NativeFloats() {
    }

    /** Whether {@code array} holds floats laid out one after another in its own order (no gaps, no strides). */
    public static boolean contiguous(INDArray array) {
        return array.dataType() == DataType.FLOAT && array.length() <= Integer.MAX_VALUE
                && (array.length() <= 1 || array.elementWiseStride() == 1);
    }

    /**
     * The numbers of a {@linkplain #contiguous contiguous} float array, in memory order, from its first
     * element (a view's address already includes its offset). Valid while the array is.
     */
    public static FloatBuffer of(INDArray array) {
        long length = array.length();
        return new FloatPointer(array.data().addressPointer()).position(0).limit(length).capacity(length).asBuffer();
    }

    /**
     * The numbers of any float array whose strides are not negative, from its first element to its
     * last: element {@code (i0, i1, ...)} is at index {@code i0 * stride(0) + i1 * stride(1) + ...}.
     * Valid while the array is.
     */
    public static FloatBuffer spanning(INDArray array) {
        if (array.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("not a float array: " + array.dataType());
        }
        long span = 1;
        long[] shape = array.shape();
        long[] strides = array.stride();
        for (int d = 0; d < shape.length; d++) {
            if (strides[d] < 0) {
                throw new IllegalArgumentException("negative stride " + strides[d] + " in dimension " + d);
            }
            span += (shape[d] - 1) * strides[d];
        }
        return new FloatPointer(array.data().addressPointer()).position(0).limit(span).capacity(span).asBuffer();
    }
}
