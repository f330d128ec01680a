package dev.workbench.lessons.autoencoder;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Principal component analysis by an eigen-decomposition of the covariance matrix (784 x 784 for
 * images: well under a second), in double precision. It is the linear autoencoder: project on the
 * top {@code k} directions to encode, map back to decode. The lesson uses it twice: as the
 * baseline the autoencoder must beat with the same number of numbers per image, and to draw a
 * code with more than two dimensions in the plane.
 */
public final class Pca {
    private final INDArray mean;       // [1, d]
    private final INDArray components; // [d, k], one direction per column, the largest first

    private Pca(INDArray mean, INDArray components) {
        this.mean = mean;
        this.components = components;
    }

    /** Fits {@code k} components to the rows of {@code data} ([n, d], n >= 2). */
    public static Pca fit(INDArray data, int k) {
        INDArray x = data.castTo(DataType.DOUBLE);
        long d = x.size(1);
        if (k < 1 || k > d || x.size(0) < 2) {
            throw new IllegalArgumentException("cannot fit " + k + " components to " + x.size(0) + " rows of " + d);
        }
        INDArray mean = x.mean(true, 0);
        INDArray centred = x.subRowVector(mean);
        INDArray covariance = centred.transpose().mmul(centred).divi(x.size(0) - 1);
        // Eigen overwrites its argument with the eigenvectors (columns), eigenvalues in ascending order.
        Eigen.symmetricGeneralizedEigenvalues(covariance, true);
        INDArray components = covariance.get(NDArrayIndex.all(), NDArrayIndex.interval(d - k, d)).dup();
        INDArray flipped = components.dup();
        for (int j = 0; j < k; j++) {
            flipped.putColumn(j, components.getColumn(k - 1 - j));
        }
        return new Pca(mean, flipped);
    }

    public int components() {
        return Math.toIntExact(components.size(1));
    }

    /** The mean of the fitted rows: where coordinates (0, ..., 0) map back to. */
    public double[] mean() {
        return mean.toDoubleVector();
    }

    /** Direction {@code j} (0: the largest variance) as a unit vector. */
    public double[] component(int j) {
        return components.getColumn(j).toDoubleVector();
    }

    /** Coordinates of each row on the components, [n, k]. */
    public INDArray project(INDArray data) {
        return data.castTo(DataType.DOUBLE).subRowVector(mean).mmul(components);
    }

    /** Each row rebuilt from its first {@code k} coordinates, [n, d], in the input's data type. */
    public INDArray reconstruct(INDArray data) {
        return project(data).mmul(components.transpose()).addiRowVector(mean).castTo(data.dataType());
    }
}
