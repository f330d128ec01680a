/**
 * Data augmentation: the sample-agnostic {@code Augmentation} contract with its seeding
 * ({@code FeedPosition}, {@code SeededBatchIterator}) and settings grammar ({@code KindSpecText}),
 * plus the image family: an image model, plain-Java transforms on float pixels, a seeded pipeline of
 * transform settings the app turns into sliders, image file loading for previews, and a DL4J iterator
 * that augments batches on a background thread. Series and noise families live in sub-packages.
 * Headless: nothing here may use JavaFX or the app.
 */
package dev.workbench.lessons.augment;
