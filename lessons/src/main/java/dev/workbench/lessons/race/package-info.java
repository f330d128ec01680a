/**
 * Races: the same lesson trained several times side by side with different settings (usually
 * optimizers), on the same data and seed, sharing the CPU fairly. Headless; no JavaFX.
 */
package dev.workbench.lessons.race;
