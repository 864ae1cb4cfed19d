package pl.wspolnie.browser;

import com.microsoft.playwright.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Fills the competitions module's forms (announcement, offer) in the browser from the
 * fixtures' field maps.
 */
final class CompetitionForms {

    private CompetitionForms() {
    }

    /**
     * Fills the form's fields by their ids (the field path without brackets); selects and
     * checkboxes by kind; the "action" entry (the button of a crafted POST) is skipped.
     */
    static void fill(Page page, Map<String, String> fields, List<String> selects) {
        fields.forEach((name, value) -> {
            String id = "#" + name.replace("[", "").replace("]", "").replace(".", "\\.");
            if (name.equals("action") || name.endsWith(".statutory")) {
                return;
            }
            if (selects.contains(name)) {
                page.selectOption(id, value);
            }
            else if (value.equals("true") && (name.startsWith("statement") || name.endsWith("administrative"))) {
                page.check(id);
            }
            else if (value.equals("false")) {
                page.uncheck(id);
            }
            else {
                page.fill(id, value);
            }
        });
    }

    /** The contract form: number, signing date, bank account and one tranche. */
    static void fillContract(Page page, String number, LocalDate signedOn, String bankAccount, LocalDate dueOn,
            String amount) {
        page.fill("#number", number);
        page.fill("#signedOn", signedOn.toString());
        page.fill("#bankAccount", bankAccount);
        page.fill("#tranches0\\.dueOn", dueOn.toString());
        page.fill("#tranches0\\.amount", amount);
    }

    /**
     * The final report of an offer of {@code CompetitionFixtures.offer}: the actions, the
     * participants achieved, 4 500 zł incurred on the first cost line (2 500 from the
     * grant) and 500 zł on the second (400).
     */
    static void fillFinalReport(Page page, String participants) {
        page.fill("#actions", "Osiem spotkań warsztatowych.");
        page.fill("#results0\\.achieved", participants);
        page.fill("#costs0\\.incurred", "4500");
        page.fill("#costs0\\.fromGrant", "2500");
        page.fill("#costs1\\.incurred", "500");
        page.fill("#costs1\\.fromGrant", "400");
    }

}
