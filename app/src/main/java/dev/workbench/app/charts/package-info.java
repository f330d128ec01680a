/**
 * Live chart widgets shared by every lesson page: canvas-drawn lines with capped point counts,
 * log scale and hover read-outs, and light slide-sized pictures of them. They receive plain engine records on the FX thread, never
 * ND4J arrays.
 */
package dev.workbench.app.charts;
