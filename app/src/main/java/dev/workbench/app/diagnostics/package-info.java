/** Developer tools: start-up timing, FX pulse-gap measurement and unattended demo options. Off unless asked for. */
package dev.workbench.app.diagnostics;
