package com.commerceconnectors.cli.run;

import org.apache.camel.RoutesBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One {@code ROUTES} argument of {@code connectors run}: a YAML DSL file ({@code *.yaml}, {@code *.yml}) or the class
 * name of a Java DSL {@link RoutesBuilder} on the class path (the samples' own, or one of yours added with
 * {@code java -cp}).
 */
public sealed interface RouteSource {

    /** A YAML DSL file, loaded by Camel Main's routes loader. */
    record YamlFile(Path file) implements RouteSource {
        public YamlFile {
            Objects.requireNonNull(file, "file");
        }

        /** Camel Main's include pattern for this one file. */
        public String includePattern() {
            return "file:" + file.toAbsolutePath().normalize();
        }
    }

    /** A Java DSL route builder class. */
    record JavaClass(Class<? extends RoutesBuilder> type) implements RouteSource {
        public JavaClass {
            Objects.requireNonNull(type, "type");
        }

        public RoutesBuilder instantiate() {
            try {
                return type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(type.getName() + " needs a public no-argument constructor", e);
            }
        }
    }

    /**
     * @throws IllegalArgumentException saying what was expected, when the argument is neither an existing YAML file
     *                                  nor a route builder class
     */
    static RouteSource parse(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            Path file = Path.of(argument);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such route file: " + argument);
            }
            return new YamlFile(file);
        }
        Class<?> type;
        try {
            type = Class.forName(argument, false, RouteSource.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("'" + argument + "' is neither a .yaml route file nor a route builder "
                    + "class on the class path");
        }
        if (!RoutesBuilder.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(argument + " is not a Camel RoutesBuilder");
        }
        return new JavaClass(type.asSubclass(RoutesBuilder.class));
    }
}
