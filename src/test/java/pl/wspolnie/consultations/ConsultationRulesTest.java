package pl.wspolnie.consultations;

import org.junit.jupiter.api.Test;
import pl.wspolnie.consultations.domain.DraftText;
import pl.wspolnie.consultations.domain.ItemKind;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsultationRulesTest {

    @Test
    void draftTextSplitsIntoChaptersAndParagraphs() {
        List<DraftText.Item> items = DraftText.parse(ConsultationFixtures.DRAFT + "ciąg dalszy § 3\n");
        assertThat(items).extracting(DraftText.Item::kind)
            .containsExactly(ItemKind.PARAGRAPH, ItemKind.CHAPTER, ItemKind.PARAGRAPH, ItemKind.PARAGRAPH,
                    ItemKind.CHAPTER, ItemKind.PARAGRAPH);
        assertThat(items).extracting(DraftText.Item::label)
            .containsExactly(null, "Rozdział 1", "§ 1", "§ 2", "Rozdział 2", "§ 3");
        assertThat(items.get(1).body()).isEqualTo("Postanowienia ogólne");
        assertThat(items.get(5).body()).isEqualTo("Priorytetem jest sport dzieci i młodzieży.\nciąg dalszy § 3");
    }

    @Test
    void settingsGiveTheMinimumPerJst() {
        ConsultationSettings defaults = new ConsultationSettings(0, null);
        assertThat(defaults.minimumDaysFor("2613")).isEqualTo(7);
        ConsultationSettings own = new ConsultationSettings(14, Map.of("2613012", 30));
        assertThat(own.minimumDaysFor("2613")).isEqualTo(14);
        assertThat(own.minimumDaysFor("2613012")).isEqualTo(30);
    }

}
