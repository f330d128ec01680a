/**
 * Optimizer choices for lessons: the kinds the workbench offers, their validated settings and the
 * ND4J updaters they build. Plain Java and ND4J only; no JavaFX, no app classes, no training loop.
 */
package dev.workbench.lessons.optim;
