package dev.workbench.app.landscape;

import dev.workbench.lessons.landscape.Vec2;
import dev.workbench.lessons.landscape.ViewWindow;

/** Maps the plane's window onto a map of {@code width × height} pixels, y up on the plane and down on screen. */
public record MapTransform(ViewWindow window, double width, double height) {

    public double toPixelX(double x) {
        return (x - window.xMin()) / window.width() * width;
    }

    public double toPixelY(double y) {
        return (window.yMax() - y) / window.height() * height;
    }

    public Vec2 toPlane(double pixelX, double pixelY) {
        return new Vec2(window.xMin() + pixelX / width * window.width(), window.yMax() - pixelY / height * window.height());
    }

    public boolean isEmpty() {
        return width < 1 || height < 1;
    }
}
