/**
 * Plain records a lesson hands to the app (images, predictions, confusion matrices, layer
 * summaries, a recurrent layer's gates and states over one window, the memory horizon) and the
 * code that computes them from a trained classifier or recurrent network, a MultiLayerNetwork or a
 * ComputationGraph (through {@code kit.Dl4jModel}). Nothing here exposes ND4J arrays: views
 * receive copies.
 */
package dev.workbench.lessons.insight;
