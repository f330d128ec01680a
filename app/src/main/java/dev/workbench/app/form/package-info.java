/**
 * Hyperparameter forms generated from a lesson's parameter list: one editor per parameter kind,
 * validated by the lesson's own parsers. No training or ND4J here.
 */
package dev.workbench.app.form;
