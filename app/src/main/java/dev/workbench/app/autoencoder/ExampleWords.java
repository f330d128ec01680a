package dev.workbench.app.autoencoder;

/**
 * How the anomaly views name what the network rebuilds: Fashion-MNIST images, error per pixel, the
 * normal classes as "normal"; or table rows, error per standardised column, the normal class by name.
 *
 * @param normalGroup what the examples the network trained on are called ("normal", "benign")
 * @param examples    the plural noun ("images", "rows")
 * @param unit        what the error is averaged over ("pixel", "standardised column")
 */
record ExampleWords(String normalGroup, String examples, String unit) {
    static final ExampleWords IMAGES = new ExampleWords("normal", "images", "pixel");

    static ExampleWords rows(String normalGroup) {
        return new ExampleWords(normalGroup, "rows", "standardised column");
    }

    boolean images() {
        return equals(IMAGES);
    }
}
