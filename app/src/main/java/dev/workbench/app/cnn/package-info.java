/**
 * The CNN lesson's own views (prediction grid, confusion matrix, layer table, filters and
 * feature maps). They read the model only through {@code TrainingRun.inspect}, on the training
 * thread, and receive plain insight records.
 */
package dev.workbench.app.cnn;
