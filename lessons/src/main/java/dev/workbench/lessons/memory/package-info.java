/**
 * The long-memory lesson: recall the first symbol of a sequence after a lag of random distractors,
 * a task where a plain RNN's vanishing gradient shows and an LSTM's cell state does not forget.
 * Generated data only; no JavaFX, no other lesson's package.
 */
package dev.workbench.lessons.memory;
