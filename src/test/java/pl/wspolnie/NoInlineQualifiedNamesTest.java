package pl.wspolnie;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Code names a class by its simple name and imports it: no fully qualified class names
 * inline (issue 13). Allowed only where two classes of the same simple name meet in one
 * file; those places are listed here and the list may only shrink.
 */
class NoInlineQualifiedNamesTest {

    private static final Pattern QUALIFIED = Pattern
        .compile("(?<![\\w.\"])(?:java|javax|jakarta|org|com|pl)(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]\\w*");

    /**
     * Two types of one simple name in one file: the Caffeine cache beside Spring's,
     * SLF4J's logger beside Logback's.
     */
    private static final List<String> ALLOWED = List.of("SharedCache.java: com.github.benmanes.caffeine.cache.Cache",
            "DatabaseBackup.java: org.slf4j.Logger");

    @Test
    void noFullyQualifiedClassNamesInCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (file.getFileName().toString().equals("package-info.java")
                            || file.getFileName().toString().equals(getClass().getSimpleName() + ".java")) {
                        continue;
                    }
                    for (String line : Files.readAllLines(file)) {
                        String code = withoutStringsAndLineComments(line).strip();
                        if (code.startsWith("import ") || code.startsWith("package ")) {
                            continue;
                        }
                        Matcher m = QUALIFIED.matcher(code);
                        while (m.find()) {
                            String place = file.getFileName() + ": " + m.group();
                            if (!ALLOWED.contains(place)) {
                                found.add(place);
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).as("import the class instead of naming its package inline").isEmpty();
    }

    private static String withoutStringsAndLineComments(String line) {
        String noStrings = line.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
        int comment = noStrings.indexOf("//");
        return comment < 0 ? noStrings : noStrings.substring(0, comment);
    }

}
