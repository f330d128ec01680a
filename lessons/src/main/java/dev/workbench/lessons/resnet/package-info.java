/**
 * The ResNet lesson: deep plain networks against the same depth with skip connections
 * ({@code ElementWiseVertex(Add)} in a DL4J ComputationGraph), on 2-D points and on Fashion-MNIST.
 * It depends on the engine, data and optimizer packages only, never on another lesson's package.
 */
package dev.workbench.lessons.resnet;
