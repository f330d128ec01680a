/**
 * The text lesson's own view: the Writing tab, where the character model writes a sample from a
 * prime at a temperature the student picks. Samples arrive as plain {@code Writing} records through
 * {@code TrainingRun.inspect}; nothing here touches ND4J or the network.
 */
package dev.workbench.app.text;
