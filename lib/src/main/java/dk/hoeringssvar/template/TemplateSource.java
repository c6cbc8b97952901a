package dk.hoeringssvar.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where user templates come from. Sources given to the engine are searched in order before the
 * templates bundled in the jar, so a user replaces a bundled template by giving one of the same name
 * and adds a template by giving a new name.
 */
public sealed interface TemplateSource {

    /** Templates in a directory; names resolve below it and can never point outside it. */
    static TemplateSource directory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new TemplateException("template directory " + directory + " does not exist or is not a directory");
        }
        return new Directory(directory.toAbsolutePath().normalize());
    }

    /** Templates on the classpath below {@code basePath} (for example {@code com/example/templates}). */
    static TemplateSource classpath(ClassLoader loader, String basePath) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(basePath, "basePath");
        return new Classpath(loader, basePath.replaceAll("^/+|/+$", ""));
    }

    record Directory(Path path) implements TemplateSource {
    }

    record Classpath(ClassLoader loader, String basePath) implements TemplateSource {
    }
}
