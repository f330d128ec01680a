/**
 * Pages for catalog entries that train no network (the loss landscape), and the one place where
 * their ids meet their views. The shell opens them beside the lesson pages.
 */
package dev.workbench.app.demo;
