/**
 * The autoencoder lesson: dense, convolutional and variational autoencoders on Fashion-MNIST (and a
 * dense one on the breast cancer table), with reconstructions, the latent map, denoising, anomaly
 * detection and a PCA baseline. Plain DL4J and engine types only; nothing here imports another
 * lesson's package or anything from the app.
 */
package dev.workbench.lessons.autoencoder;
