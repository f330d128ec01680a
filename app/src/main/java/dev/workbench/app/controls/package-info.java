/**
 * Small reusable controls shared by the pages: a slider paired with a number field, buttons with
 * a drawn glyph, table columns fitted to their content. Plain JavaFX; nothing here knows about lessons or the engine.
 */
package dev.workbench.app.controls;
