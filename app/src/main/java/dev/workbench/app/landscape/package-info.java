/**
 * The loss-landscape page: a heat map of a 2-D test function with optimizers racing across it.
 * The engine's {@code LandscapeRace} steps on one background thread and hands over plain chunks
 * of points through a queue; the FX thread only drains them and draws, once per frame.
 */
package dev.workbench.app.landscape;
