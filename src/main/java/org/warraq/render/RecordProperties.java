package org.warraq.render;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * Reads {@code view.page.title} from records straight through their accessors. OGNL, which
 * Thymeleaf evaluates expressions with, knows only JavaBean getters: for a record it searched
 * every method of the class, comparing names case-insensitively, on every property read, and
 * that search was the largest part of rendering a page.
 */
final class RecordProperties extends ObjectPropertyAccessor {
    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> accessors = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                accessors.put(c.getName(), RecordAccessors.of(c));
            }
            return Map.copyOf(accessors);
        }
    };

    private static volatile boolean installed;

    /** Makes OGNL read every record's properties through this accessor (once per JVM). */
    static void install() {
        if (!installed) {
            synchronized (RecordProperties.class) {
                if (!installed) {
                    OgnlRuntime.setPropertyAccessor(Record.class, new RecordProperties());
                    installed = true;
                }
            }
        }
    }

    /** The handle reading component {@code name} of record class {@code type}, or null if it has none. */
    static MethodHandle accessor(Class<?> type, String name) {
        return ACCESSORS.get(type).get(name);
    }

    @Override
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        if (target instanceof Record && name instanceof String property) {
            MethodHandle accessor = ACCESSORS.get(target.getClass()).get(property);
            if (accessor != null) {
                return RecordAccessors.read(accessor, target);
            }
        }
        return super.getProperty(context, target, name);
    }
}
