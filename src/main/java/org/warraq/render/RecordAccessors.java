package org.warraq.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;

/**
 * Record accessors as method handles of type (Object)Object, for code that reads any record's
 * components ({@link ViewKey}, {@link RecordProperties}). Not {@code Method.invoke}: reflection
 * generates a class for each accessor after its fifteenth call, some seventy classes in one build
 * of even a small site, each defined and compiled on the way.
 */
final class RecordAccessors {
    private RecordAccessors() {
    }

    /** The handle that reads {@code component} of a record. */
    static MethodHandle of(RecordComponent component) {
        var accessor = component.getAccessor();
        accessor.setAccessible(true);
        try {
            return MethodHandles.lookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + accessor + ": " + e.getMessage(), e);
        }
    }

    /** Reads a component with a handle from {@link #of}; what the accessor throws is rethrown unchecked. */
    static Object read(MethodHandle accessor, Object record) {
        try {
            return (Object) accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read a component of " + record.getClass().getName() + ": " + e, e);
        }
    }
}
