/**
 * Learning-rate schedules for lessons: a validated {@code ScheduleSpec} per curve, the ND4J
 * {@code ISchedule} it builds, and the sampled curve a chart can show before training starts.
 * Plain Java and ND4J only; no JavaFX, no app classes.
 */
package dev.workbench.lessons.schedule;
