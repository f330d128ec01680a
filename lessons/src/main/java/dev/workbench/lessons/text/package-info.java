/**
 * The text lesson: a character-level LSTM learns to write from a novel, measured in bits per
 * character against the text's unigram and bigram entropies, and samples text at a temperature.
 * Engine and data types only; nothing here imports another lesson's package or the app.
 */
package dev.workbench.lessons.text;
