package pl.wspolnie;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.UncheckedIOException;

/**
 * Every source file declares a top-level type of its own name. maven-compiler-plugin
 * finds changed sources by looking for {@code X.class} next to each {@code X.java}; a
 * file that holds only other types (e.g. a {@code Repositories.java} with five repository
 * interfaces) never has one, so every build, and every {@code ./mvnw spring-boot:run},
 * recompiled the whole module.
 */
class SourceFileNamesTest {

    @Test
    void everySourceFileDeclaresATypeNamedAfterIt() throws IOException {
        List<String> mismatched;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/test/java")))) {
            mismatched = files.filter(f -> f.toString().endsWith(".java"))
                .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                .filter(f -> !declaresOwnType(f))
                .map(Path::toString)
                .toList();
        }
        assertThat(mismatched).as("files without a top-level type of their name (split them, one type per file)")
            .isEmpty();
    }

    private static boolean declaresOwnType(Path file) {
        String name = file.getFileName().toString().replace(".java", "");
        Pattern own = Pattern
            .compile("(?m)^(?:public |abstract |final |sealed |non-sealed )*(?:class|interface|record|enum|@interface) "
                    + Pattern.quote(name) + "\\b");
        try {
            return own.matcher(Files.readString(file)).find();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
