package org.songngu.quality;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/** Test helper for the classes that stand in for a LanguageTool object and pass calls on to it. */
final class Wrappers {

    private Wrappers() {}

    /**
     * The public instance methods {@code wrapped} declares that {@code wrapper} does not declare
     * itself: calls that would reach the superclass the wrapper is built as, not the object it stands for.
     */
    static List<String> notOverridden(Class<?> wrapped, Class<?> wrapper) {
        return Arrays.stream(wrapped.getMethods())
                .filter(method -> method.getDeclaringClass() == wrapped)
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> !declares(wrapper, method))
                .map(Method::getName)
                .toList();
    }

    private static boolean declares(Class<?> type, Method method) {
        try {
            type.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
