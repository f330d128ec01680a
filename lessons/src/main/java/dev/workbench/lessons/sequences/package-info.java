/**
 * The sequences lesson: recurrent networks (DL4J's LSTM and SimpleRnn) forecasting real time series,
 * judged against naive baselines, with the memory horizon and hidden state made visible. Engine,
 * data and augmentation types only; nothing here imports another lesson's package or the app.
 */
package dev.workbench.lessons.sequences;
