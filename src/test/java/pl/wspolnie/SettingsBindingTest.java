package pl.wspolnie;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import pl.wspolnie.accounts.AccountSettings;
import pl.wspolnie.competitions.domain.CompetitionSettings;
import pl.wspolnie.consultations.ConsultationSettings;
import pl.wspolnie.council.CouncilSettings;
import pl.wspolnie.programme.ProgrammeSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every setting an operator can change in application.yml reaches the code: each
 * {@code wspolnie.*} key is a component of a module's settings record or is read by name
 * in the sources, and the settings records bind the real file with non-default values
 * (five competitions settings once sat under {@code wspolnie.subscriptions}, where a
 * change did nothing).
 */
class SettingsBindingTest {

    /**
     * Every settings record of the platform (@ConfigurationProperties under pl.wspolnie).
     */
    private static final List<Class<?>> SETTINGS = settingsRecords();

    private static List<Class<?>> settingsRecords() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        return scanner.findCandidateComponents("pl.wspolnie")
            .stream()
            .map(d -> ClassUtils.resolveClassName(d.getBeanClassName(), null))
            .filter(Class::isRecord)
            .<Class<?>>map(c -> c)
            .toList();
    }

    @Test
    void theSettingsRecordsAreFound() {
        assertThat(SETTINGS).contains(CompetitionSettings.class, CouncilSettings.class, ConsultationSettings.class,
                ProgrammeSettings.class, AccountSettings.class);
    }

    @Test
    void everyPlatformKeyInApplicationYmlIsReadByTheCode() throws IOException {
        String sources = mainSources();
        List<String> unread = new ArrayList<>();
        for (String key : applicationYmlKeys()) {
            if (key.startsWith("wspolnie.") && !readBySettingsRecord(key) && !sources.contains("\"" + key + "\"")
                    && !sources.contains("${" + key + ":") && !sources.contains("${" + key + "}")) {
                unread.add(key);
            }
        }
        assertThat(unread).as("keys in application.yml that no settings record or @Value reads").isEmpty();
    }

    @Test
    void competitionSettingsBindFromTheRealFileWithNonDefaultValues() {
        Map<String, Object> changed = new HashMap<>();
        changed.put("wspolnie.competitions.min-days-to-deadline", "30");
        changed.put("wspolnie.competitions.correction-days", "14");
        changed.put("wspolnie.competitions.cost-line-deviation-percent", "15");
        changed.put("wspolnie.competitions.results-threshold-percent", "70");
        changed.put("wspolnie.competitions.final-report-days", "60");
        changed.put("wspolnie.competitions.reminder-days-before", "3");
        changed.put("wspolnie.competitions.attachment-max-mb", "20");
        assertThat(applicationYmlKeys()).as("the changed keys are where application.yml has them")
            .containsAll(changed.keySet());

        CompetitionSettings defaults = bind(Map.of()).bind("wspolnie.competitions", CompetitionSettings.class).get();
        assertThat(defaults.costLineDeviationPercent()).isEqualByComparingTo("10");
        assertThat(defaults.finalReportDays()).isEqualTo(30);

        CompetitionSettings s = bind(changed).bind("wspolnie.competitions", CompetitionSettings.class).get();
        assertThat(s.minDaysToDeadline()).isEqualTo(30);
        assertThat(s.correctionDays()).isEqualTo(14);
        assertThat(s.costLineDeviationPercent()).isEqualByComparingTo(new BigDecimal("15"));
        assertThat(s.resultsThresholdPercent()).isEqualByComparingTo(new BigDecimal("70"));
        assertThat(s.finalReportDays()).isEqualTo(60);
        assertThat(s.reminderDaysBefore()).isEqualTo(3);
        assertThat(s.attachmentMaxMb()).isEqualTo(20);
    }

    @Test
    void policyAndAccountSettingsBindFromTheRealFileWithNonDefaultValues() {
        Binder binder = bind(Map.of("wspolnie.council.opinion-days", "30", "wspolnie.council.term-years", "4",
                "wspolnie.programme.report-due", "04-30", "wspolnie.consultations.minimum-days", "21",
                "wspolnie.security.max-failed-logins", "8", "wspolnie.security.reset-token-minutes", "30"));
        assertThat(binder.bind("wspolnie.council", CouncilSettings.class).get())
            .extracting(CouncilSettings::opinionDays, CouncilSettings::termYears, CouncilSettings::requestsNeeded)
            .containsExactly(30, 4, 5);
        assertThat(binder.bind("wspolnie.programme", ProgrammeSettings.class).get().reportDue()).isEqualTo("04-30");
        assertThat(binder.bind("wspolnie.consultations", ConsultationSettings.class).get().minimumDays()).isEqualTo(21);
        AccountSettings accounts = binder.bind("wspolnie.security", AccountSettings.class).get();
        assertThat(accounts.maxFailedLogins()).isEqualTo(8);
        assertThat(accounts.resetTokenMinutes()).isEqualTo(30);
    }

    /**
     * A binder over the real application.yml (placeholders resolved to their defaults),
     * with some values changed.
     */
    private static Binder bind(Map<String, Object> changed) {
        StandardEnvironment env = new StandardEnvironment();
        MutablePropertySources sources = env.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addFirst(new MapPropertySource("changed", changed));
        applicationYml().forEach(sources::addLast);
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(env));
    }

    private static boolean readBySettingsRecord(String key) {
        for (Class<?> type : SETTINGS) {
            String prefix = type.getAnnotation(ConfigurationProperties.class).value() + ".";
            if (key.startsWith(prefix)) {
                String rest = key.substring(prefix.length());
                String component = rest.contains(".") || rest.contains("[") ? rest.split("[.\\[]")[0] : rest;
                if (Arrays.stream(type.getRecordComponents()).anyMatch(c -> kebab(c.getName()).equals(component))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static TreeSet<String> applicationYmlKeys() {
        TreeSet<String> keys = new TreeSet<>();
        for (PropertySource<?> source : applicationYml()) {
            keys.addAll(Arrays.asList(((EnumerablePropertySource<?>) source).getPropertyNames()));
        }
        return keys;
    }

    private static List<PropertySource<?>> applicationYml() {
        try {
            return new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).map(p -> {
                try {
                    return Files.readString(p);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

}
