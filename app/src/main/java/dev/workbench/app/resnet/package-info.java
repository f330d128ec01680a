/**
 * The ResNet lesson's own views: the architecture diagram drawn from the real graph (click a layer
 * for its gradient-norm history) and the loss-landscape slices of a plain and a residual network.
 * They ask the model only through {@code TrainingRun.inspect} and receive plain records.
 */
package dev.workbench.app.resnet;
