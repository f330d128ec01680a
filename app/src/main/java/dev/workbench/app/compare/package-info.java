/**
 * The Compare tab every lesson page gets: races of optimizers or of the lesson's ready-made
 * comparisons, trained side by side by the engine's {@code Race}, with overlaid live curves and a
 * results table. Lane events reach the screen batched, once per frame; no ND4J types here.
 */
package dev.workbench.app.compare;
