/**
 * The sequences lesson's own views: the Forecast tab (the period's truth and one-step forecast, and a
 * recursive multi-step forecast from a chosen point against the baselines) and the Augmentation tab
 * (one training window as each epoch fed it). They receive plain records from the engine
 * ({@code RecursiveForecast}, {@code FeedPreview.Shown}); no INDArray reaches them.
 */
package dev.workbench.app.sequences;
