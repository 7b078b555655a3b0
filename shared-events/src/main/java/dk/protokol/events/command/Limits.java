package dk.protokol.events.command;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.executable.ExecutableValidator;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A command's limits on what is typed (required fields, lengths, ranges, times that exist in Copenhagen) are Bean
 * Validation constraints on the command record's components, in the published language. The record's constructor
 * checks them ({@link #check}), so they hold wherever a command is made — the API, the pages, the demo data — and
 * each path refuses the same input with the same Danish message, all broken limits at once, in the order of the
 * command's fields.
 */
public final class Limits {

    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            Class<?>[] parameters = Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return type.getDeclaredConstructor(parameters);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " is not a record", e);
            }
        }
    };

    private Limits() {
    }

    /**
     * Checks the arguments of {@code command}'s canonical constructor, given in the order of its components.
     *
     * @throws InvalidCommand naming every field whose limit is broken
     */
    public static void check(Class<? extends Record> command, Object... arguments) {
        Set<ConstraintViolation<Object>> violations = Validators.EXECUTABLES
                .validateConstructorParameters(CANONICAL.get(command), arguments);
        if (violations.isEmpty()) {
            return;
        }
        RecordComponent[] components = command.getRecordComponents();
        List<FieldMessage> errors = violations.stream()
                .map(violation -> new Located(parameterIndex(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparingInt(Located::index).thenComparing(Located::message))
                .map(located -> new FieldMessage(located.index() < 0 || located.index() >= components.length ? null
                        : components[located.index()].getName(), located.message()))
                .distinct()
                .toList();
        throw new InvalidCommand(errors);
    }

    /** The constructor parameter a violation is about (an element of a list is about the list). */
    private static int parameterIndex(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                return node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        return -1;
    }

    private record Located(int index, String message) {
    }

    /** Made when first needed: the provider (Hibernate Validator) is the running application's. */
    private static final class Validators {
        static final ExecutableValidator EXECUTABLES =
                Validation.buildDefaultValidatorFactory().getValidator().forExecutables();
    }
}
