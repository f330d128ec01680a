/** The headless command line: run, list, compare, bench and info. The only place that prints to the console. */
package dev.workbench.lessons.cli;
