/**
 * The main window around the lesson pages: catalog sidebar, menu, status bar, themes, font
 * scaling and instructor shortcuts. It talks to the engine only through its public API.
 */
package dev.workbench.app.shell;
