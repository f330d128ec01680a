package dev.workbench.lessons.kit;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A float matrix as OpenBLAS's {@code sgemm} takes it: where its numbers start, whether they are
 * stored transposed (column by column), and the distance between stored rows. Lets a product read
 * and write ND4J's arrays where they are, in either order, with one native call and no ND4J op.
 *
 * @param rows    the matrix's rows, as the product sees them
 * @param columns its columns
 */
record BlasMatrix(FloatPointer numbers, int rows, int columns, boolean transposed, int leading) {

    /** {@code array} (rank 2, float, rows or columns one after another), or null where sgemm cannot read it in place. */
    static BlasMatrix of(INDArray array) {
        if (array.rank() != 2 || array.dataType() != DataType.FLOAT) {
            return null;
        }
        int rows = Math.toIntExact(array.size(0));
        int columns = Math.toIntExact(array.size(1));
        long rowStride = array.stride(0);
        long columnStride = array.stride(1);
        FloatPointer numbers = new FloatPointer(array.data().addressPointer()); // a view's address includes its offset
        if ((columnStride == 1 || columns == 1) && (rows == 1 || rowStride >= columns)) {
            return new BlasMatrix(numbers, rows, columns, false, Math.toIntExact(Math.max(columns, rows == 1 ? 1 : rowStride)));
        }
        if ((rowStride == 1 || rows == 1) && (columns == 1 || columnStride >= rows)) {
            return new BlasMatrix(numbers, rows, columns, true, Math.toIntExact(Math.max(rows, columns == 1 ? 1 : columnStride)));
        }
        return null;
    }

    /** Row-major numbers of {@code rows x columns}, packed. */
    static BlasMatrix rowMajor(FloatPointer numbers, int rows, int columns) {
        return new BlasMatrix(numbers, rows, columns, false, Math.max(1, columns));
    }

    /** The same numbers read as the transpose. */
    BlasMatrix transpose() {
        return new BlasMatrix(numbers, columns, rows, !transposed, leading);
    }

    /** {@code product = a b}, overwriting {@code product}'s numbers. */
    static void multiply(BlasMatrix a, BlasMatrix b, BlasMatrix product) {
        if (a.columns != b.rows || product.rows != a.rows || product.columns != b.columns) {
            throw new IllegalArgumentException("cannot multiply " + a.rows + "x" + a.columns + " by " + b.rows + "x"
                    + b.columns + " into " + product.rows + "x" + product.columns);
        }
        if (product.transposed) { // write the transpose: (a b)^T = b^T a^T
            multiply(b.transpose(), a.transpose(), product.transpose());
            return;
        }
        cblas_sgemm(CblasRowMajor, a.transposed ? CblasTrans : CblasNoTrans, b.transposed ? CblasTrans : CblasNoTrans,
                a.rows, b.columns, a.columns, 1, a.numbers, a.leading, b.numbers, b.leading, 0, product.numbers,
                product.leading);
    }
}
