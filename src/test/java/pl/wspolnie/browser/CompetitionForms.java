package pl.wspolnie.browser;

import com.microsoft.playwright.Page;

import java.util.List;
import java.util.Map;

/** Fills the competitions module's forms (announcement, offer) in the browser from the fixtures' field maps. */
final class CompetitionForms {

    private CompetitionForms() {
    }

    /**
     * Fills the form's fields by their ids (the field path without brackets); selects and checkboxes by kind; the
     * "action" entry (the button of a crafted POST) is skipped.
     */
    static void fill(Page page, Map<String, String> fields, List<String> selects) {
        fields.forEach((name, value) -> {
            String id = "#" + name.replace("[", "").replace("]", "").replace(".", "\\.");
            if (name.equals("action")) {
                return;
            }
            if (selects.contains(name)) {
                page.selectOption(id, value);
            } else if (value.equals("true") && (name.startsWith("statement") || name.endsWith("administrative"))) {
                page.check(id + "1");
            } else if (value.equals("false")) {
                page.uncheck(id + "1");
            } else {
                page.fill(id, value);
            }
        });
    }
}
