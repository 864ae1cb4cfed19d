package pl.wspolnie;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** All UI text comes from the bundles, in both languages. */
class MessageBundlesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])(?:\\(|})");

    @Test
    void polishAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> pl = keys("_pl");
        Set<String> en = keys("_en");
        assertThat(difference(pl, en)).as("keys missing in English").isEmpty();
        assertThat(difference(en, pl)).as("keys missing in Polish").isEmpty();
        assertThat(pl).hasSizeGreaterThan(100);
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> pl = keys("_pl");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = STATIC_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!pl.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> offenders = new ArrayList<>();
        Pattern text = Pattern.compile(">([^<>]*)<");
        for (Path template : templates()) {
            String html = Files.readString(template)
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<style.*?</style>", "");
            Matcher m = text.matcher(html);
            while (m.find()) {
                String t = m.group(1).strip();
                if (t.codePoints().anyMatch(Character::isLetter)) {
                    offenders.add(TEMPLATES.relativize(template) + ": \"" + t + "\"");
                }
            }
        }
        assertThat(offenders).as("literal text in templates (use th:text=\"#{key}\")").isEmpty();
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    /**
     * A message with arguments goes through MessageFormat, where a lone apostrophe starts
     * a quoted part: "the offer's {0}" prints a raw "{0}". Write it doubled ('').
     */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    if (argument.matcher(value).find() && lone.matcher(value).find()) {
                        offenders.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    static Set<String> keys(String suffix) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(suffix + ".properties")).toList()) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : p.stringPropertyNames()) {
                    assertThat(keys.add(key)).as("key %s defined twice (%s)", key, file).isTrue();
                }
            }
        }
        return keys;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

}
