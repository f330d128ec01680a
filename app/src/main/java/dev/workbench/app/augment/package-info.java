/**
 * The data-augmentation lesson's page part: a live preview of the augmentation pipeline on a chosen
 * image, with a row of controls per transform, kept in step with the lesson's own
 * {@code augmentation} settings so the pipeline on screen is the one training uses. Previews are
 * computed off the FX thread; only plain images reach the screen.
 */
package dev.workbench.app.augment;
