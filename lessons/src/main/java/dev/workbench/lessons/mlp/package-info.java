/**
 * Foundations lessons built on a small multilayer perceptron (one hidden layer) on Fashion-MNIST:
 * learning rate and batch size. Small enough that batch size 1 and full-batch both run quickly.
 */
package dev.workbench.lessons.mlp;
