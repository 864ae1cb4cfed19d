package pl.wspolnie.news.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The linked organisations are read in one pass: numbers or profile links, never a
 * regular expression.
 */
class NewsFormTest {

    @Test
    void readsNumbersAndProfileLinksSeparatedByCommasSemicolonsOrSpaces() {
        assertThat(NewsForm.organizationIds("12, https://wspolnie.example/organizations/34;\n12  7"))
            .containsExactly(12L, 34L, 7L);
        assertThat(NewsForm.organizationIds("   ")).isEmpty();
        assertThat(NewsForm.organizationIds("12/")).isNull();
        assertThat(NewsForm.organizationIds("abc")).isNull();
        assertThat(NewsForm.organizationIds("1234567890123456789")).as("19 digits").isNull();
    }

    @Test
    void hostileInputOfAMillionCharactersIsReadInLinearTime() {
        for (String hostile : List.of("a".repeat(1_000_000), "1".repeat(1_000_000), "/".repeat(1_000_000),
                "1/".repeat(500_000), "1 ".repeat(500_000), "x/1 ".repeat(250_000))) {
            long start = System.nanoTime();
            NewsForm.organizationIds(hostile);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("%s… took %d ms", hostile.substring(0, 4), millis).isLessThan(500);
        }
    }

}
