/**
 * Optimizers racing on 2-D test functions: the functions, trajectories stepped by ND4J's own updaters,
 * races that advance several trajectories in lockstep, and sampled grids for heat maps. Only records of
 * plain values leave this package's API; no JavaFX, no app classes.
 */
package dev.workbench.lessons.landscape;
