/**
 * The GAN lesson's own views: one plane in the manner of GAN Lab (real and generated samples over
 * the discriminator's heat map, the generator's gradient as arrows, the warped noise grid) in which
 * the student can also draw the target. They receive plain probe records only; nothing here
 * touches ND4J or the networks.
 */
package dev.workbench.app.gan;
