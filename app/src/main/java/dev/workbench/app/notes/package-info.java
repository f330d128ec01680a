/**
 * Lesson notes: Markdown rendered to JavaFX nodes, TeX formulas drawn by JLaTeXMath, and the
 * "try this" links the page carries out. Pure UI: no engine calls, and no knowledge of any lesson.
 */
package dev.workbench.app.notes;
