/** The CNN lesson: a LeNet-style convolutional network classifying Fashion-MNIST clothing photos. */
package dev.workbench.lessons.cnn;
