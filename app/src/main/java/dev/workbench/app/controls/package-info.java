/**
 * Small reusable controls shared by the interactive pages, such as a slider paired with a number
 * field. Plain JavaFX; nothing here knows about lessons or the engine.
 */
package dev.workbench.app.controls;
