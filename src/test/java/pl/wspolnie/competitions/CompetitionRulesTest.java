package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.competitions.domain.CompetitionSettings;
import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules without the application: money parsing, percentages, canonical content and its
 * checksum, settings.
 */
class CompetitionRulesTest {

    @Test
    void polishAndPlainAmountsAreReadAndBadOnesRefused() {
        assertThat(Money.parse("1 234,56", "f")).isEqualByComparingTo("1234.56");
        assertThat(Money.parse("1234.5", "f")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(Money.parse("1\u00a0000 zł", "f")).isEqualTo(new BigDecimal("1000.00"));
        assertThat(Money.parse("  ", "f")).isNull();
        assertThatThrownBy(() -> Money.parse("-1", "f")).isInstanceOf(RuleViolation.class)
            .hasMessage("competitions.money.negative");
        assertThatThrownBy(() -> Money.parse("abc", "f")).hasMessage("competitions.money.invalid");
        assertThatThrownBy(() -> Money.parse("1,234", "f")).hasMessage("competitions.money.decimals");
        assertThatThrownBy(() -> Money.parse("1000000000000000", "f")).hasMessage("competitions.money.tooLarge");
        assertThatThrownBy(() -> Money.parsePercent("100,5", "f")).hasMessage("competitions.percent.tooLarge");
    }

    @Test
    void percentagesOfTheSourcesAreComputedWithTwoDecimals() {
        BigDecimal total = new BigDecimal("5500.00");
        assertThat(Money.percent(new BigDecimal("4900.00"), total)).isEqualTo(new BigDecimal("89.09"));
        assertThat(Money.percent(new BigDecimal("300.00"), total)).isEqualTo(new BigDecimal("5.45"));
        assertThat(Money.percent(new BigDecimal("600.00"), total)).isEqualTo(new BigDecimal("10.91"));
        assertThat(Money.percent(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void theSameContentAlwaysGivesTheSameChecksumAndAnyChangeAnother() {
        OfferContent a = content("Haft dla pokoleń");
        OfferContent same = content("Haft dla pokoleń");
        OfferContent changed = content("Haft dla pokoleń!");
        String json = CanonicalJson.write(a);
        assertThat(json).isEqualTo(CanonicalJson.write(same));
        assertThat(CanonicalJson.sha256(json)).isEqualTo(CanonicalJson.sha256(CanonicalJson.write(same)))
            .hasSize(64)
            .matches("[0-9a-f]{64}");
        assertThat(CanonicalJson.sha256(CanonicalJson.write(changed))).isNotEqualTo(CanonicalJson.sha256(json));
        assertThat(CanonicalJson.read(json, OfferContent.class)).isEqualTo(a);
        assertThat(json.indexOf("\"actions\"")).as("properties in alphabetical order")
            .isLessThan(json.indexOf("\"title\""));
    }

    @Test
    void theMinimumDaysToTheDeadlineDefaultTo21AndCanBeSet() {
        assertThat(new CompetitionSettings(null, null, null, null, null, null, null).minDaysToDeadline()).isEqualTo(21);
        assertThat(new CompetitionSettings(30, null, null, null, null, null, null).minDaysToDeadline()).isEqualTo(30);
    }

    private static OfferContent content(String title) {
        return new OfferContent(1, 2, "Konkurs", 3, "Zadanie", title, "2027-01-01", "2027-06-30",
                List.of(new OfferContent.Offeror(4, "Fundacja Żółw", "FOUNDATION", "Secemin")), "Łucja", "Opis",
                List.of(new OfferContent.Action("Warsztaty", "", "Dzieci", "2027-01-01", "2027-02-01")),
                List.of(new OfferContent.Result("Uczestnicy", "40", "Listy")), "", "",
                List.of(new OfferContent.CostLine(1, "Warsztaty", "Honorarium", "h", "100.00", "50", "5000.00",
                        "4500.00", false)),
                new OfferContent.Sources("5000.00", "4500.00", "90.00", "500.00", "10.00", "0.00", "0.00", "0.00",
                        "0.00", "0.00", "0.00", "500.00", "10.00", "0.00", "0.00"),
                List.of(), "", List.of("noProfit", "noArrears", "dataTrue"));
    }

}
