package dk.hoeringssvar.template.internal;

import dk.hoeringssvar.template.TemplateFunctions;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Templates may call the accessors of the library's own records and the methods of
 * {@link TemplateFunctions}; nothing else. No constructors, no fields, no static methods, no member
 * of any JDK or third-party class ({@code getClass}, {@code wait} … included), so a template cannot
 * reach the JVM through the data it is given.
 */
final class ModelOnlyAccessPolicy implements MemberAccessPolicy {

    private static final String OWN_PACKAGE_PREFIX = "dk.hoeringssvar.";

    private static final ClassMemberAccessPolicy NOTHING = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    private static final ClassMemberAccessPolicy OWN_TYPES = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            Class<?> owner = method.getDeclaringClass();
            if (Modifier.isStatic(method.getModifiers()) || !owner.getName().startsWith(OWN_PACKAGE_PREFIX)) {
                return false;
            }
            if (owner == TemplateFunctions.class) {
                return true;
            }
            return method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && !method.getName().equals("toBuilder");
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        return contextClass.getName().startsWith(OWN_PACKAGE_PREFIX) ? OWN_TYPES : NOTHING;
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }
}
