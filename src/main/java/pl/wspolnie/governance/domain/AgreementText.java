package pl.wspolnie.governance.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What an agreement says: its title, mission, and its goals, actions and principles (one
 * per line).
 */
public record AgreementText(String title, String mission, String goals, String actions, String principles) {

    /** The non-empty lines of a text, stripped (goals, actions, principles as lists). */
    public static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    AgreementText stripped() {
        return new AgreementText(title.strip(), mission.strip(), goals.strip(), actions.strip(), principles.strip());
    }

}
