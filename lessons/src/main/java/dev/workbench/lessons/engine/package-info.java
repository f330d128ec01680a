/**
 * The headless lesson engine: lesson model, hyperparameters, training runs on a worker thread,
 * typed events, checkpoints. Plain Java and DL4J only; nothing here may use JavaFX or the app.
 */
package dev.workbench.lessons.engine;
