package dev.workbench.lessons.kit;

import java.lang.reflect.Field;

/** DL4J's fields that have no setter or getter, for the speed-ups that must reach them. */
final class Dl4jFields {
    private Dl4jFields() {
    }

    /** Sets the field {@code name}, declared by {@code owner}, of {@code target}. */
    static void set(Class<?> owner, String name, Object target, Object value) {
        try {
            declared(owner, name).set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(owner.getSimpleName() + " has no field '" + name + "' to set", e);
        }
    }

    /** The field {@code name}, declared by {@code owner}, of {@code target}. */
    static Object get(Class<?> owner, String name, Object target) {
        try {
            return declared(owner, name).get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(owner.getSimpleName() + " has no field '" + name + "' to read", e);
        }
    }

    private static Field declared(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
