/**
 * The autoencoder lesson's own views: the latent map you can click to decode and walk between two
 * images, the denoising view and the anomaly detector (error histogram, threshold, ROC). They ask
 * the model only through {@code TrainingRun.inspect}, on the training thread, and receive plain
 * arrays and records; the detector's arithmetic lives in the engine ({@code AnomalyScores}).
 */
package dev.workbench.app.autoencoder;
