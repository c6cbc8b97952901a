package dk.hoeringssvar.cli;

import dk.hoeringssvar.HoeringssvarException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the input arguments: a file stands for itself, a folder for the {@code .json} files in it. */
final class Inputs {

    private Inputs() {
    }

    static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> listing = Files.list(argument)) {
                    List<Path> json = listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                            .filter(Files::isRegularFile).sorted().toList();
                    if (json.isEmpty()) {
                        throw new HoeringssvarException(argument + ": no .json files in this folder");
                    }
                    files.addAll(json);
                } catch (IOException e) {
                    throw new HoeringssvarException(argument + ": cannot list the folder (" + e.getMessage() + ")");
                }
            } else if (Files.isRegularFile(argument)) {
                files.add(argument);
            } else {
                throw new HoeringssvarException(argument + ": no such file or folder");
            }
        }
        return files;
    }

    /** The file name without its extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
