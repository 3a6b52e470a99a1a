package org.youcheng.ledger;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one member of the activity family is made of, read once per type from its record: the common fields first
 * ({@code ActivityCommon common}), then its own fields, each named as its {@link ActivityField} in camel case
 * ({@code leaderLevel} for {@code leader_level}); its type is the one type those fields belong to. So a member is
 * nothing but its components, and the field table ({@link ActivityField}) is the one place that says which type has
 * which field. A member that breaks the rule fails at its first use, and {@code ActivityShapeTests} checks every
 * member.
 */
final class ActivityShape {

    private static final ClassValue<ActivityShape> SHAPES = new ClassValue<>() {
        @Override
        protected ActivityShape computeValue(Class<?> member) {
            return new ActivityShape(member);
        }
    };

    private final ActivityType type;
    private final Map<ActivityField, Method> own = new EnumMap<>(ActivityField.class);
    private final Method[] accessors;
    private final Constructor<?> canonical;

    private ActivityShape(Class<?> member) {
        RecordComponent[] components = member.getRecordComponents();
        if (components == null
                || components.length < 2
                || !components[0].getName().equals("common")
                || components[0].getType() != ActivityCommon.class) {
            throw new IllegalStateException(member.getSimpleName() + ": an activity is a record whose first component"
                    + " is ActivityCommon common, followed by its own fields");
        }
        ActivityType found = null;
        accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            types[i] = components[i].getType();
            if (i == 0) {
                continue;
            }
            String name = components[i].getName();
            ActivityField f = field(name)
                    .orElseThrow(() -> new IllegalStateException(
                            member.getSimpleName() + "." + name + " is no field of ActivityField"));
            ActivityType t = onlyType(f)
                    .orElseThrow(() -> new IllegalStateException(
                            member.getSimpleName() + "." + name + " is a field of several types, not an own field"));
            if (found != null && found != t) {
                throw new IllegalStateException(member.getSimpleName() + " has fields of " + found + " and of " + t);
            }
            found = t;
            own.put(f, accessors[i]);
        }
        this.type = found;
        try {
            this.canonical = member.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(member.getSimpleName() + " has no canonical constructor", e);
        }
    }

    static ActivityShape of(ActivityDraft draft) {
        return of(draft.getClass());
    }

    static ActivityShape of(Class<?> member) {
        return SHAPES.get(member);
    }

    ActivityType type() {
        return type;
    }

    /** A field of the member's own, or null for a field of all types or of another type. */
    Object own(ActivityDraft draft, ActivityField f) {
        Method m = own.get(f);
        return m == null ? null : call(() -> m.invoke(draft));
    }

    /** The same member with other common fields. */
    ActivityDraft with(ActivityDraft draft, ActivityCommon common) {
        Object[] values = new Object[accessors.length];
        values[0] = common;
        for (int i = 1; i < accessors.length; i++) {
            Method m = accessors[i];
            values[i] = call(() -> m.invoke(draft));
        }
        return (ActivityDraft) call(() -> canonical.newInstance(values));
    }

    private static Optional<ActivityField> field(String component) {
        String code = component.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        for (ActivityField f : ActivityField.values()) {
            if (f.code().equals(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static Optional<ActivityType> onlyType(ActivityField f) {
        ActivityType only = null;
        for (ActivityType t : ActivityType.values()) {
            if (f.of(t)) {
                if (only != null) {
                    return Optional.empty();
                }
                only = t;
            }
        }
        return Optional.ofNullable(only);
    }

    @FunctionalInterface
    private interface Reflective {
        Object run() throws ReflectiveOperationException;
    }

    private static Object call(Reflective r) {
        try {
            return r.run();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
