/**
 * The main window around the lesson pages: catalog sidebar, menu, status bar, themes, font
 * scaling, instructor shortcuts, focus leaving text fields and the question before quitting. It talks to the engine only through its public API.
 */
package dev.workbench.app.shell;
