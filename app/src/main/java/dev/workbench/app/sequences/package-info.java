/**
 * The sequence lessons' own views: the Forecast tab (the period's truth and one-step forecast, and a
 * recursive multi-step forecast from a chosen point against the baselines), the Memory and Inside the
 * cell tabs (the memory horizon at initialisation and now; gates and states over one window) and the
 * Augmentation tab (one training window as each epoch fed it). They receive plain records from the
 * engine ({@code RecursiveForecast}, {@code FeedPreview.Shown}, the cell's maps); no INDArray reaches them.
 */
package dev.workbench.app.sequences;
