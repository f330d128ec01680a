/**
 * The headless side of the Workbench: the lesson engine, datasets and one package per lesson.
 * It runs without a screen; nothing here may depend on JavaFX or {@code dev.workbench.app}.
 */
package dev.workbench.lessons;
