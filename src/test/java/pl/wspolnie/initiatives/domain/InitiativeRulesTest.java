package pl.wspolnie.initiatives.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of the resolution's settings (art. 19c) and of an application (art. 19b), one
 * row per case, with the limits that still pass.
 */
class InitiativeRulesTest {

    private static List<String> settingsRefusal(int group, String weights) {
        List<SettingsDetails.CriterionInput> criteria = new ArrayList<>();
        String[] w = weights.split("/");
        for (int i = 0; i < w.length; i++) {
            criteria.add(new SettingsDetails.CriterionInput(w[i].equals("-") ? "" : "Kryterium " + i,
                    w[i].equals("-") ? null : Integer.valueOf(w[i]), 10));
        }
        return InitiativeSettings.check(new SettingsDetails("Uchwała", group, Intake.ALL_YEAR, criteria, List.of()))
            .stream()
            .map(v -> v.field() + ":" + v.messageKey())
            .toList();
    }

    @ParameterizedTest(name = "group {0}, weights {1} → {2}")
    @CsvSource(delimiter = ';',
            value = { "3;100;", "2;50/50;", "500;40/30/30;", "1;100;minGroupSize:initiatives.settings.groupRange",
                    "501;100;minGroupSize:initiatives.settings.groupRange",
                    "3;40/50;criteria:initiatives.settings.weightsSum",
                    "3;40/60;criteria[0].weight:initiatives.settings.contributionFirst",
                    "3;-/100;criteria[0].name:initiatives.settings.contributionRequired" })
    void settings(int group, String weights, String refusal) {
        List<String> refused = settingsRefusal(group, weights);
        if (refusal == null) {
            assertThat(refused).isEmpty();
        }
        else {
            assertThat(refused).contains(refusal);
        }
    }

    private static InitiativeDetails application(String area, String kind, String hours, String inKind, String cash) {
        return new InitiativeDetails("Tytuł", area, "Opis", "Miejsce", "Harmonogram", LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 2, 1), List.of(new InitiativeDetails.RequestInput(kind, "Pozycja", "100")), hours,
                "Praca", "Rzeczy", inKind, cash);
    }

    @ParameterizedTest(name = "area {0}, request {1}, hours {2}, in kind {3}, cash {4} → {5}")
    @CsvSource(delimiter = ';',
            value = { "NATURE;MATERIAL;10;;;", "REVITALISATION;EQUIPMENT_LOAN;;1;;", "COMMUNITY;SERVICE;;;0,01;",
                    "SPACE;MATERIAL;10;;;area:initiatives.area.outsideList",
                    "NATURE;CASH;10;;;requests[0].kind:initiatives.application.noCash",
                    "NATURE;GRANT;10;;;requests[0].kind:initiatives.application.requestKind.invalid",
                    "NATURE;MATERIAL;;;;socialWorkHours:initiatives.application.contributionRequired",
                    "NATURE;MATERIAL;-5;;;socialWorkHours:initiatives.hours.invalid",
                    "NATURE;MATERIAL;10;1,234;;inKindValue:initiatives.money.invalid" })
    void application(String area, String kind, String hours, String inKind, String cash, String refusal) {
        InitiativeDetails details = application(area, kind, hours, inKind, cash);
        if (refusal == null) {
            assertThat(ApplicationRules.read(details, true).area().name()).isEqualTo(area);
        }
        else {
            assertThatThrownBy(() -> ApplicationRules.read(details, true)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.all().stream().map(v -> v.field() + ":" + v.messageKey())).contains(refusal));
        }
    }

}
