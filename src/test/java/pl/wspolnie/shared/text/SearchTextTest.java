package pl.wspolnie.shared.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search forgives diacritics and Polish word forms, and always yields a valid tsquery.
 */
class SearchTextTest {

    @ParameterizedTest(name = "fold({0}) = {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Żółw                         | zolw
            ŁÓDŹ                         | lodz
            Stowarzyszenie „Razem”!      | stowarzyszenie razem
            '  Koło   Gospodyń  Wiejskich ' | kolo gospodyn wiejskich
            null                         | ''
            """)
    void fold(String text, String folded) {
        assertThat(SearchText.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "stem({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sportowe    | sport
            sportowy    | sport
            sport       | sport
            dzieci      | dziec
            kolo        | kolo
            zolw        | zolw
            """)
    void stem(String word, String stem) {
        assertThat(SearchText.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "toTsQuery({0}) = {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            sport dla dzieci             | sport:* & dla:* & dziec:*
            Sportowe SPORTOWY            | sport:*
            'a'' & b | !c:*'             | a:* & b:* & c:*
            '!!! ???'                    | null
            ''                           | null
            """)
    void toTsQuery(String query, String tsQuery) {
        assertThat(SearchText.toTsQuery(query)).isEqualTo(tsQuery);
    }

    @Test
    void atMostEightTerms() {
        assertThat(SearchText.terms("jeden dwa trzy cztery piec szesc siedem osiem dziewiec dziesiec")).hasSize(8);
    }

}
