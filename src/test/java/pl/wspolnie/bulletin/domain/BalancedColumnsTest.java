package pl.wspolnie.bulletin.domain;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.events.ContentType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulletin's two columns split by the length of the text, not by the number of items.
 */
class BalancedColumnsTest {

    private static BulletinItem item(int position, String summary) {
        return new BulletinItem(position, ContentType.NEWS, "Tytuł " + position, summary, "/news/" + position,
                Instant.EPOCH);
    }

    @Test
    void oneLongItemFillsTheLeftColumnAndTheShortOnesTheRight() {
        String longText = "Bardzo długi opis wydarzenia. ".repeat(30);
        List<BulletinItem> items = List.of(item(1, longText), item(2, "Krótko."), item(3, "Krótko."),
                item(4, "Krótko."));
        assertThat(Bulletins.balancedSplit(items)).isEqualTo(1);
    }

    @Test
    void equalItemsSplitInHalf() {
        List<BulletinItem> items = List.of(item(1, "A"), item(2, "B"), item(3, "C"), item(4, "D"));
        assertThat(Bulletins.balancedSplit(items)).isEqualTo(2);
        assertThat(Bulletins.balancedSplit(List.of(item(1, "A")))).isEqualTo(1);
    }

}
