package pl.wspolnie.budget;

import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.FilePart;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Implementation of the chosen projects: the gmina's coordinators enter status, progress,
 * actual cost, the unit responsible and milestones with photos (audited); others get 403;
 * the project page and the edition's list show it; followers are told by mail.
 */
class ImplementationTest extends ImplementationSupport {

    static Map<String, String> state(String status, String progress, String cost, String unit, String reason) {
        Map<String, String> form = new HashMap<>();
        form.put("status", status);
        form.put("progress", progress);
        form.put("actualCost", cost);
        form.put("responsibleUnit", unit);
        form.put("reason", reason);
        return form;
    }

    @Test
    void theCoordinatorEntersTheImplementationOthersAreRefused() {
        Chosen chosen = chosenProjects("Stan");
        String page = "/budget/projects/" + chosen.benches();
        String edit = page + "/implementation/edit";
        // before anything is entered a chosen project shows as planned
        assertThat(visitor().get(page).text()).contains("Realizacja projektu", "Zaplanowany", "0%");
        assertThat(visitor().get("/budget/projects/" + chosen.fountain()).text()).doesNotContain("Realizacja projektu");

        WebClient foreign = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(foreign.get(edit).status()).isEqualTo(403);
        assertThat(foreign.submit(page, edit, state("IN_PROGRESS", "50", "", "", "")).status()).isEqualTo(403);
        WebClient resident = loggedIn(plainUser());
        assertThat(resident.get(edit).status()).isEqualTo(403);
        assertThat(resident.submit(page, edit, state("IN_PROGRESS", "50", "", "", "")).status()).isEqualTo(403);

        WebClient coordinator = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        assertThat(coordinator.get("/budget/projects/" + chosen.fountain() + "/implementation/edit").status())
            .isEqualTo(404);
        // not implemented needs a reason; completed needs 100%; planned cannot jump to
        // completed
        Page refused = coordinator.submit(edit, edit, state("NOT_IMPLEMENTED", "0", "", "", " "));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Podaj powód, dla którego projekt nie zostanie zrealizowany.");
        refused = coordinator.submit(edit, edit, state("COMPLETED", "90", "", "", ""));
        assertThat(refused.text()).contains("Ze statusu „Zaplanowany” nie można przejść do statusu „Zrealizowany”.",
                "Projekt zrealizowany ma postęp 100%.");
        refused = coordinator.submit(edit, edit, state("IN_PROGRESS", "140", "12,345", "", ""));
        assertThat(refused.text()).contains("Postęp realizacji: Postęp to liczba od 0 do 100.");
        assertThat(jdbc.sql("select count(*) from budget_implementation where project_id = ?")
            .param(chosen.benches())
            .query(Long.class)
            .single()).isZero();

        Page saved = coordinator.submit(edit, edit,
                state("IN_PROGRESS", "40", "4 321,50", "Referat Inwestycji Urzędu Gminy", ""));
        assertThat(saved.status()).isEqualTo(302);
        String shown = visitor().get(page).text().replace('\u00a0', ' ');
        assertThat(shown).contains("W realizacji", "40%", "4 321,50 zł", "12 000,00 zł",
                "Referat Inwestycji Urzędu Gminy");
        assertThat(visitor().get(page).body()).contains("<progress max=\"100\" value=\"40\"");

        saved = coordinator.submit(edit, edit, state("NOT_IMPLEMENTED", "40", "4 321,50",
                "Referat Inwestycji Urzędu Gminy", "Teren okazał się własnością prywatną."));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(visitor().get(page).text()).contains("Niezrealizowany", "Teren okazał się własnością prywatną.");
        List<Map<String, Object>> audit = jdbc.sql("""
                select action, before_state::text as before, after_state::text as after from audit_log
                where entity_type like '%Implementation' and entity_id =
                (select id::text from budget_implementation where project_id = ?) order by id""")
            .param(chosen.benches())
            .query()
            .listOfRows();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1).get("action")).isEqualTo("UPDATE");
        assertThat((String) audit.get(1).get("before")).contains("IN_PROGRESS");
        assertThat((String) audit.get(1).get("after")).contains("NOT_IMPLEMENTED", "własnością prywatną");
    }

    @Test
    void milestonesWithPhotosArePublicAndOnlyRealImagesAreTaken() {
        Chosen chosen = chosenProjects("Etap");
        String page = "/budget/projects/" + chosen.playground();
        WebClient coordinator = loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO));
        String newPath = page + "/milestones/new";
        Map<String, String> milestone = new HashMap<>();
        milestone.put("title", "");
        milestone.put("plannedOn", "");
        milestone.put("doneOn", "");
        milestone.put("description", "");
        Page refused = coordinator.submit(newPath, newPath, milestone);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Nazwa etapu", "Planowany termin");
        milestone.put("title", "Przetarg na urządzenia rozstrzygnięty");
        milestone.put("plannedOn", "2030-05-01");
        milestone.put("description", "Wybrano ofertę firmy Drewbud.");
        Page added = coordinator.submit(newPath, newPath, milestone);
        assertThat(added.status()).isEqualTo(302);
        String edit = added.location().replaceAll("^https?://[^/]+", "");
        assertThat(edit).matches("/budget/milestones/\\d+/edit");
        String photos = edit.replace("/edit", "/photos");
        assertThat(loggedIn(userWithRole(Role.OFFICIAL, SECEMIN)).get(edit).status()).isEqualTo(403);

        String csrf = coordinator.get(edit).csrf();
        Page fake = coordinator.postMultipart(photos, Map.of("altText", "Plac"),
                Map.of("photo", new FilePart("plac.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8))),
                csrf);
        assertThat(fake.status()).isEqualTo(422);
        assertThat(fake.text()).contains("Zdjęcie musi być plikiem JPG lub PNG.");
        Page noAlt = coordinator.postMultipart(photos, Map.of("altText", " "),
                Map.of("photo", new FilePart("plac.png", "image/png", png())), csrf);
        assertThat(noAlt.text()).contains("Opisz, co widać na zdjęciu.");
        Page stored = coordinator.postMultipart(photos, Map.of("altText", "Ogrodzony teren pod plac zabaw"),
                Map.of("photo", new FilePart("plac.png", "image/png", png())), csrf);
        assertThat(stored.status()).isEqualTo(302);

        Page shown = visitor().get(page);
        assertThat(shown.text()).contains("Przetarg na urządzenia rozstrzygnięty", "Planowany termin: 01.05.2030.",
                "Jeszcze nie wykonano.", "Wybrano ofertę firmy Drewbud.");
        Matcher img = Pattern.compile("<img src=\"(/budget/photos/\\d+)\" alt=\"Ogrodzony teren pod plac zabaw\"")
            .matcher(shown.body());
        assertThat(img.find()).as(shown.body()).isTrue();
        HttpResponse<byte[]> photo = visitor().getBytes(img.group(1));
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(photo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(photo.body()).isEqualTo(png());
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type like '%MilestonePhoto' and jst_id = ?")
            .param(jstId(KLUCZEWSKO))
            .query(Long.class)
            .single()).isPositive();

        Page tooLarge = coordinator.postMultipart(photos, Map.of("altText", "Duże zdjęcie"),
                Map.of("photo", new FilePart("duze.jpg", "image/jpeg", new byte[10 * 1024 * 1024 + 1])), csrf);
        assertThat(tooLarge.text()).contains("Zdjęcie może mieć najwyżej 10 MB.");
        String delete = img.group(1) + "/delete";
        WebClient foreign = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(foreign.submit(page, delete, Map.of()).status()).isEqualTo(403);
        assertThat(coordinator.submit(edit, delete, Map.of()).status()).isEqualTo(302);
        assertThat(visitor().getBytes(img.group(1)).statusCode()).isEqualTo(404);
        Map<String, String> future = new HashMap<>(milestone);
        future.put("doneOn", LocalDate.now(clock).plusDays(1).toString());
        assertThat(coordinator.submit(edit, edit, future).text())
            .contains("Data wykonania nie może być późniejsza niż dzisiejsza.");
    }

    @Test
    void theListShowsTheChosenProjectsFilteredByStatus() {
        Chosen chosen = chosenProjects("Lista");
        WebClient coordinator = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        String edit = "/budget/projects/" + chosen.playground() + "/implementation/edit";
        coordinator.submit(edit, edit, state("PREPARATION", "10", "", "Referat Inwestycji", ""));
        String list = "/budget/" + chosen.edition() + "/implementation";
        String all = visitor().get(list).text();
        assertThat(all)
            .contains("Projektów: 2", "Lista ławki", "Zaplanowany", "Lista plac zabaw", "W przygotowaniu / przetarg",
                    "10%")
            .doesNotContain("Lista fontanna");
        assertThat(visitor().get(list + "?status=PREPARATION").text()).contains("Projektów: 1", "Lista plac zabaw")
            .doesNotContain("Lista ławki");
        assertThat(visitor().get("/budget/" + chosen.edition()).text()).contains("Projekty w realizacji");
    }

    @Test
    void followersAreToldOfStatusProgressAndNewMilestones() {
        Chosen chosen = chosenProjects("Obserwowany");
        String page = "/budget/projects/" + chosen.benches();
        String follower = plainUser();
        WebClient resident = loggedIn(follower);
        assertThat(resident.get(page).text()).contains("Obserwuj realizację");
        assertThat(resident.submit(page, page + "/follow", Map.of()).status()).isEqualTo(302);
        assertThat(resident.get(page).text()).contains("Obserwujesz realizację tego projektu", "Przestań obserwować");
        String quitter = plainUser();
        WebClient other = loggedIn(quitter);
        other.submit(page, page + "/follow", Map.of());
        other.submit(page, page + "/unfollow", Map.of());
        assertThat(other.get(page).text()).contains("Obserwuj realizację");
        Page notChosen = resident.submit("/budget/projects/" + chosen.fountain(),
                "/budget/projects/" + chosen.fountain() + "/follow", Map.of());
        assertThat(notChosen.status()).as("a state conflict: the common 409 page with its reason").isEqualTo(409);
        assertThat(notChosen.text()).contains("Obserwować można tylko realizację projektów wybranych w głosowaniu");
        assertThat(jdbc.sql("select count(*) from budget_follower where project_id = ?")
            .param(chosen.fountain())
            .query(Long.class)
            .single()).isZero();

        WebClient coordinator = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        String edit = page + "/implementation/edit";
        coordinator.submit(edit, edit, state("IN_PROGRESS", "25", "", "", ""));
        String body = TestMailServer.awaitMail(follower, "Zmiana statusu realizacji: Obserwowany ławki");
        assertThat(body).contains("ma nowy status: W realizacji (postęp 25%)", page + "#implementation");
        coordinator.submit(edit, edit, state("IN_PROGRESS", "60", "", "", ""));
        assertThat(TestMailServer.awaitMail(follower, "Postęp realizacji: Obserwowany ławki")).contains("60%");
        String newPath = page + "/milestones/new";
        coordinator.submit(newPath, newPath,
                Map.of("title", "Montaż ławek", "plannedOn", "2030-06-15", "doneOn", "", "description", ""));
        assertThat(TestMailServer.awaitMail(follower, "Nowy etap realizacji: Obserwowany ławki"))
            .contains("„Montaż ławek”", "15.06.2030");
        assertThat(TestMailServer.mailsTo(quitter)).isEmpty();
    }

}
