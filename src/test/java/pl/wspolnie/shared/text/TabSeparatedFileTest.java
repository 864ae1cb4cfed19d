package pl.wspolnie.shared.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data file's rows: comments and blank lines skipped, empty values kept, UTF-8 read as
 * such; list values split on "|".
 */
class TabSeparatedFileTest {

    @Test
    void readsTheRowsWithTheirEmptyValues() {
        assertThat(TabSeparatedFile.rows("text/sample.tsv")).containsExactly(List.of("Żółw", "", "a|b"),
                List.of("last", "x", ""));
    }

    @Test
    void splitsAListValue() {
        assertThat(TabSeparatedFile.list("a|b")).containsExactly("a", "b");
        assertThat(TabSeparatedFile.list("a")).containsExactly("a");
        assertThat(TabSeparatedFile.list("")).isEmpty();
    }

    @Test
    void refusesAMissingResource() {
        assertThatThrownBy(() -> TabSeparatedFile.rows("text/none.tsv")).isInstanceOf(IllegalStateException.class);
    }

}
