/**
 * The generic lesson page and its view-model: settings, run controls, progress, charts and the
 * hook for lesson-specific parts. Training runs on the engine's worker thread; events reach the
 * screen through a queue drained once per frame.
 */
package dev.workbench.app.lesson;
