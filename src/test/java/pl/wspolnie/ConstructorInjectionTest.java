package pl.wspolnie;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * Dependencies come through the constructor (final fields, visible in one place), never
 * through @Autowired members.
 */
class ConstructorInjectionTest {

    @Test
    void noAutowiredFieldsOrSetters() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pl.wspolnie");
        noFields().should().beAnnotatedWith(Autowired.class).check(classes);
        noMethods().should().beAnnotatedWith(Autowired.class).check(classes);
    }

}
