/**
 * Views of the learning-rate lesson: a preview of the learning-rate schedule for the form's
 * settings, and the learning-rate range test on a fresh network of its own (never the page's
 * training run). No ND4J types here.
 */
package dev.workbench.app.rate;
