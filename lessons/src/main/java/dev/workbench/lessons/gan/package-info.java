/**
 * The GAN lesson: a generator and a discriminator trained against each other, on 2-D point sets
 * (ring, grid of Gaussians, moons, line, drawn points) and on Fashion-MNIST images. Depends only on
 * the shared packages (engine, data, optim), never on another lesson.
 */
package dev.workbench.lessons.gan;
