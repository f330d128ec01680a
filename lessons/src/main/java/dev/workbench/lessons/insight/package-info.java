/**
 * Plain records a lesson hands to the app (images, predictions, confusion matrices, layer
 * summaries) and the code that computes them from a trained classifier, a MultiLayerNetwork or a
 * ComputationGraph (through {@code kit.Dl4jModel}). Nothing here exposes ND4J arrays: views
 * receive copies.
 */
package dev.workbench.lessons.insight;
