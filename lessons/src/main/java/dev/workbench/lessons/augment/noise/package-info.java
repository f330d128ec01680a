/**
 * Input corruption for denoising autoencoders (Vincent et al. 2008, 2010): Gaussian, salt-and-pepper
 * and masking noise on any flat float vector, and an iterator that feeds the corrupted vector as input
 * and the clean one as target. Plain Java; nothing here may use JavaFX or the app.
 */
package dev.workbench.lessons.augment.noise;
