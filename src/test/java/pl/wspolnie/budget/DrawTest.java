package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import pl.wspolnie.budget.domain.Draw;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The tie draw: the same inputs give the same order; another seed can give another. */
class DrawTest {

    private static final String CHECKSUM = Draw.sha256("naglowek\n1,\n2,\n");

    private static List<Long> order(String seed, List<Long> projects) {
        String key = Draw.key(CHECKSUM, seed);
        return projects.stream().sorted(Comparator.comparing(p -> Draw.ticket(key, p))).toList();
    }

    @Test
    void theSameInputsGiveTheSameOrderAndAnotherSeedCanGiveAnother() {
        List<Long> projects = List.of(11L, 12L, 13L, 14L, 15L);
        assertThat(order("Lotto 3 14 15", projects)).isEqualTo(order("Lotto 3 14 15", projects));
        assertThat(IntStream.range(0, 20).mapToObj(i -> order("seed " + i, projects)).distinct().count())
            .isGreaterThan(1);
        // the documented formula: SHA-256 of checksum + seed, then of key + ":" + number
        assertThat(Draw.key(CHECKSUM, "x")).isEqualTo(Draw.sha256(CHECKSUM + "x"));
        assertThat(Draw.key(CHECKSUM, null)).isEqualTo(Draw.sha256(CHECKSUM));
        assertThat(Draw.ticket("k", 7)).isEqualTo(Draw.sha256("k:7"));
        assertThat(Draw.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

}
