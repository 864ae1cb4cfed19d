package pl.wspolnie;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependencies come through the constructor (final fields, visible in one place), never
 * through @Autowired members; a constructor that would only assign the final fields is
 * not written but declared with {@code @RequiredArgsConstructor} (docs/architecture.md),
 * unless its parameters are documented.
 */
class ConstructorInjectionTest {

    private static final Pattern FINAL_FIELD = Pattern.compile("\n[ \t]*private final [\\w<>\\[\\], ?.]+ (\\w+);");

    private static final Pattern ASSIGNING_CONSTRUCTOR = Pattern.compile(
            "\n[ \t]*(?:public |protected |private )?([A-Z]\\w*)\\(([^()]*)\\) \\{\\s*((?:this\\.\\w+ = \\w+;\\s*)+)\\}\n");

    private static final Pattern ASSIGNMENT = Pattern.compile("this\\.(\\w+) = (\\w+);");

    @Test
    void noAutowiredFieldsOrSetters() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pl.wspolnie");
        noFields().should().beAnnotatedWith(Autowired.class).check(classes);
        noMethods().should().beAnnotatedWith(Autowired.class).check(classes);
    }

    @Test
    void constructorsThatOnlyAssignTheFinalFieldsAreNotWritten() throws IOException {
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                String className = file.getFileName().toString().replace(".java", "");
                if (source.contains(" enum " + className + " ")) {
                    continue; // the rule is for classes
                }
                List<String> finals = FINAL_FIELD.matcher(source).results().map(m -> m.group(1)).toList();
                Matcher constructor = ASSIGNING_CONSTRUCTOR.matcher(source);
                while (constructor.find()) {
                    String before = source.substring(0, constructor.start()).stripTrailing();
                    if (!constructor.group(1).equals(className) || constructor.group(2).contains("@")
                            || before.endsWith("*/")) {
                        // another class's, with annotated parameters, or documented
                        continue;
                    }
                    List<String> assigned = new ArrayList<>();
                    boolean sameNames = ASSIGNMENT.matcher(constructor.group(3)).results().allMatch(a -> {
                        assigned.add(a.group(1));
                        return a.group(1).equals(a.group(2));
                    });
                    if (sameNames && assigned.equals(finals)) {
                        written.add(file.toString());
                    }
                }
            }
        }
        assertThat(written).as("constructors that only assign the final fields: use @RequiredArgsConstructor")
            .isEmpty();
    }

}
