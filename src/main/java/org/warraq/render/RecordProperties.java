package org.warraq.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                accessors.put(c.getName(), accessor);
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

    @Override
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        if (target instanceof Record && name instanceof String property) {
            Method accessor = ACCESSORS.get(target.getClass()).get(property);
            if (accessor != null) {
                try {
                    return accessor.invoke(target);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new OgnlException("cannot read " + property + " of " + target.getClass().getSimpleName(), e);
                }
            }
        }
        return super.getProperty(context, target, name);
    }
}
