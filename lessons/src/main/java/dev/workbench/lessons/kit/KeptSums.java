package dev.workbench.lessons.kit;

import java.util.Arrays;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A layer's weighted sums kept from one computation for a later one in the same training step, in
 * an array outside every workspace: DL4J may reuse or close a workspace between the two.
 */
final class KeptSums {
    private INDArray copy;

    /** Copies {@code sums} (float), reusing the last copy's memory when the shape is the same. */
    void keep(INDArray sums) {
        if (copy == null || !Arrays.equals(copy.shape(), sums.shape())) {
            try (MemoryWorkspace none = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
                copy = Nd4j.createUninitialized(DataType.FLOAT, sums.shape(), 'c');
            }
        }
        copy.assign(sums);
    }

    /** A copy of the kept sums in the activations workspace: DL4J's backprop writes into what it gets. */
    INDArray copyFor(LayerWorkspaceMgr workspaceMgr) {
        return workspaceMgr.dup(ArrayType.ACTIVATIONS, copy);
    }
}
