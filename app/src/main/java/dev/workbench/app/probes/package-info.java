/**
 * Generic widgets that draw a lesson's live probes ({@code ProbeRecord}s streamed from the training
 * thread): bars, a heat map over time, an image grid, points over a grid, text, and the
 * {@link dev.workbench.app.probes.ProbePanel} that lays one out per declared probe. Views receive
 * plain records only; nothing here talks to the model or the engine's run.
 */
package dev.workbench.app.probes;
