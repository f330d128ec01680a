/**
 * Time-series augmentation for window classification: a window model, six transforms from Um et al.
 * (2017) and Le Guennec et al. (2016), their text grammar, and a DL4J iterator over NCW batches.
 * Plain Java on float arrays; nothing here may use JavaFX or the app.
 */
package dev.workbench.lessons.augment.series;
