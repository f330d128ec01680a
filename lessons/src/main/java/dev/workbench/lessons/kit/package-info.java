/**
 * The shared DL4J session kit: one wrapper over MultiLayerNetwork and ComputationGraph, the
 * activation names, the settings and parameters every image classifier shares, and the session
 * core the classifier lessons delegate to. No lesson-specific networks or data pipelines here.
 */
package dev.workbench.lessons.kit;
