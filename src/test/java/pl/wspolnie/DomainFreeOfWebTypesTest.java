package pl.wspolnie;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Domain code says no with the domain's own exceptions
 * ({@code pl.wspolnie.shared.domain}) and never uses web or HTTP types: only the web
 * layer ({@code ..web..} packages, controllers and advices, the security filter chain)
 * may. A few older classes still do and are listed below; the list may only shrink — a
 * listed class that is clean fails the test too, so it is taken off the list in the same
 * change.
 */
class DomainFreeOfWebTypesTest {

    private static final List<String> WEB_PACKAGES = List.of("org.springframework.web.", "org.springframework.http.",
            "jakarta.servlet.", "pl.wspolnie.shared.web.", "org.springframework.ui.");

    /**
     * Classes outside the web layer that still use web types: AccountPermissions keeps
     * its per-request role cache in the request's attributes.
     */
    private static final Set<String> NOT_YET_CLEAN = Set.of("pl.wspolnie.accounts.AccountPermissions");

    @Test
    void domainClassesUseNoWebOrHttpTypes() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pl.wspolnie");
        TreeMap<String, TreeSet<String>> violations = new TreeMap<>();
        for (JavaClass c : classes) {
            if (isWebLayer(c)) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getName();
                if (WEB_PACKAGES.stream().anyMatch(target::startsWith)) {
                    violations.computeIfAbsent(topLevel(c).getName(), k -> new TreeSet<>()).add(target);
                }
            }
        }
        TreeMap<String, TreeSet<String>> newOnes = new TreeMap<>(violations);
        newOnes.keySet().removeAll(NOT_YET_CLEAN);
        assertThat(newOnes).as("domain classes using web or HTTP types (throw shared.domain exceptions instead)")
            .isEmpty();
        TreeSet<String> cleaned = new TreeSet<>(NOT_YET_CLEAN);
        cleaned.removeAll(violations.keySet());
        assertThat(cleaned).as("classes that are clean now: take them off NOT_YET_CLEAN").isEmpty();
    }

    private static boolean isWebLayer(JavaClass c) {
        JavaClass top = topLevel(c);
        String pkg = top.getPackageName();
        return pkg.endsWith(".web") || pkg.contains(".web.") || pkg.startsWith("pl.wspolnie.accounts.security")
                || top.isAnnotatedWith("org.springframework.stereotype.Controller")
                || top.isAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                || top.isAnnotatedWith("org.springframework.web.bind.annotation.ControllerAdvice")
                || top.isAnnotatedWith("org.springframework.web.bind.annotation.RestControllerAdvice");
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

}
