/**
 * The desktop app: JavaFX views over the lesson engine. It talks to lessons only through the
 * engine API and plain records; nothing here may import DL4J or ND4J.
 */
package dev.workbench.app;
