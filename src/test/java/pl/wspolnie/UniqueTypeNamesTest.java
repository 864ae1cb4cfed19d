package pl.wspolnie;

import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entities and Spring beans are named by their simple class name: two beans of one name
 * stop the application from starting, two entities of one name clash in JPQL, and the
 * audit log records an entity by its simple name, so two modules' {@code Ballot}s would
 * read as one. Modules are written in parallel, each compiling alone; this catches the
 * clash in the module's own build rather than after the merge.
 */
class UniqueTypeNamesTest {

    @Test
    void noTwoEntitiesShareASimpleName() {
        assertThat(clashes(Entity.class)).as("entities of one simple name in two packages (rename one)").isEmpty();
    }

    @Test
    void noTwoBeansShareASimpleName() {
        assertThat(clashes(Component.class)).as("beans of one simple name in two packages (rename one)").isEmpty();
    }

    private static List<String> clashes(Class<? extends Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        Map<String, List<String>> byName = scanner.findCandidateComponents("pl.wspolnie")
            .stream()
            .map(BeanDefinition::getBeanClassName)
            .filter(n -> !n.contains(".support.") && !n.endsWith("Test"))
            .collect(Collectors.groupingBy(n -> n.substring(n.lastIndexOf('.') + 1)));
        return byName.values().stream().filter(l -> l.size() > 1).map(String::valueOf).sorted().toList();
    }

}
