/**
 * Dataset loading for the lessons: IDX files (Fashion-MNIST), seeded 2-D point sets, time series
 * from CSV cut into windows, labelled tables (scikit-learn's CSV format), plain text as character
 * indices, the shipped {@code datasets/} folder, and mini-batch iterators. A file problem is a
 * {@link dev.workbench.lessons.data.DatasetException} that names the file. Headless; no JavaFX.
 */
package dev.workbench.lessons.data;
