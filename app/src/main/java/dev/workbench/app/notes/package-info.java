/** Lesson notes: Markdown (with simple TeX formulas) rendered to JavaFX nodes. Pure UI, no engine calls. */
package dev.workbench.app.notes;
