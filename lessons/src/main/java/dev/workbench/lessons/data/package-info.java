/**
 * Dataset loading for the lessons: IDX files (Fashion-MNIST), the shipped {@code datasets/}
 * folder, and mini-batch iterators. Headless; no JavaFX.
 */
package dev.workbench.lessons.data;
