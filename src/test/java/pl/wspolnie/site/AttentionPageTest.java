package pl.wspolnie.site;

import org.junit.jupiter.api.Test;
import pl.wspolnie.centre.CentreFixtures;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Co wymaga mojej uwagi": after login each person lands on it; it lists, per role, what
 * waits for them with a deadline and a link, and every link it shows opens for that
 * person (none answers 403).
 */
class AttentionPageTest extends AttentionIntegrationTest {

    /** What the roles' pages show, set up once per test (see {@link #world()}). */
    record World(String word, String official, String member, String ngo, String liaison, String resident,
            long reviewOffer, long draftOffer, long contractOffer, long commissionCompetition, long trainingId) {
    }

    @Test
    void loginLandsOnThePageUnlessAnotherPageAskedForIt() {
        String email = plainUser();
        Page login = visitor().submit("/login", "/login", Map.of("email", email, "password", DEMO_PASSWORD));
        assertThat(login.location()).endsWith("/me");

        WebClient asked = visitor();
        assertThat(asked.get("/account/subscriptions").location()).endsWith("/login");
        Page back = asked.submit("/login", "/login", Map.of("email", email, "password", DEMO_PASSWORD));
        assertThat(back.location()).as("the saved request").contains("/account/subscriptions");

        assertThat(visitor().get("/me").location()).endsWith("/login");
        Page mine = loggedIn(email).get("/me");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.text()).contains("Co wymaga mojej uwagi", "Nic na Ciebie teraz nie czeka.");
        assertThat(mine.body()).contains("href=\"/me\"");
    }

    @Test
    void eachRoleSeesWhatWaitsForItAndEveryLinkOpensForIt() {
        World w = world();

        Page official = page(w.official());
        assertThat(official.text()).contains("Jako urzędnik", "Oferta do oceny formalnej", "Oferta B " + w.word(),
                "Trwa składanie ofert w konkursie", "Konkurs C " + w.word(), "Sprawozdanie do rozpatrzenia");
        assertThat(official.body()).contains("href=\"/offers/" + w.reviewOffer() + "/review\"");
        assertThat(official.text()).doesNotContain("Jako przedstawiciel organizacji");

        Page member = page(w.member());
        assertThat(member.text()).contains("Jako członek komisji konkursowej", "Złóż oświadczenie o bezstronności",
                "Konkurs D " + w.word());
        assertThat(member.body()).contains("href=\"/competitions/" + w.commissionCompetition() + "/evaluation\"");
        assertThat(member.text()).doesNotContain("Jako urzędnik");

        Page ngo = page(w.ngo());
        assertThat(ngo.text()).contains("Jako przedstawiciel organizacji", "Nie złożony szkic oferty",
                "Szkic " + w.word(), "Zbliża się termin sprawozdania końcowego", "Oferta A " + w.word(),
                "Potwierdzona rezerwacja", "Aktualność odrzucona", "Odrzucone " + w.word());
        assertThat(ngo.body()).contains("href=\"/offers/" + w.draftOffer() + "\"",
                "href=\"/offers/" + w.contractOffer() + "/contract\"");
        assertThat(ngo.text()).doesNotContain("Oferta do oceny formalnej", "Aktualność do zatwierdzenia");

        Page liaison = page(w.liaison());
        assertThat(liaison.text()).contains("Jako pełnomocnik ds. współpracy z organizacjami",
                "Aktualność do zatwierdzenia", "Wieści " + w.word(), "Ogłoszenie do moderacji", "Praca " + w.word(),
                "Prośba o reprezentowanie organizacji", "Organizacja do weryfikacji", "Nowe " + w.word());

        Page resident = page(w.resident());
        assertThat(resident.text()).contains("Jako mieszkaniec", "Zgłoszenie przyjęte", "Warsztaty " + w.word());
        assertThat(resident.body()).contains("href=\"/centre/trainings/" + w.trainingId() + "\"");
        assertThat(resident.text()).contains("Konsultacje, w których zgłosiłeś(-aś) uwagi, trwają",
                "Program współpracy " + w.word());
        // the deadline is the training's start
        assertThat(resident.text()).containsPattern("Warsztaty " + w.word() + " \\d\\d\\.\\d\\d\\.\\d{4} 10:00");

        // newest first: the draft (changed just now) comes before the older contract's
        // report
        assertThat(ngo.text().indexOf("Szkic " + w.word())).isLessThan(ngo.text().indexOf("Oferta A " + w.word()));

        everyLinkOpensFor(w.official(), w.member(), w.ngo(), w.liaison(), w.resident());
    }

    @Test
    void centreStaffAndCouncilMembersSeeWhatWaitsForThemAndEveryLinkOpensForThem() {
        String word = TestOrganizations.word();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.WARSAW));
        long powiat = jstId(POWIAT);
        String staff = userWithRole(Role.CENTRE_STAFF, POWIAT);
        String ngo = plainUser();
        long org = organizations.ensure(
                TestOrganizations.details("Fundacja " + word, jstId(SECEMIN), List.of("kultura"), null), id(ngo), true,
                true);
        CentreFixtures.Rooms rooms = CentreFixtures.centreWithRoom(catalogue, powiat);
        Instant bookingStart = today.plusDays(9).atTime(12, 0).atZone(ClockConfig.WARSAW).toInstant();
        jdbc.sql("""
                insert into centre_booking (resource_id, organization_id, requested_by, request_group, starts_at,
                                            ends_at, purpose, status, created_at)
                values (?, ?, ?, gen_random_uuid(), ?, ?, ?, 'PENDING', ?)""")
            .params(rooms.roomId(), org, id(ngo), Timestamp.from(bookingStart),
                    Timestamp.from(bookingStart.plus(Duration.ofHours(2))), "Walne zebranie " + word,
                    Timestamp.from(now))
            .update();
        // ended two days ago, one participant accepted, nobody marked present; and one
        // whose attendance is recorded
        long unrecorded = endedTraining(rooms.centreId(), "Szkolenie bez listy " + word, false);
        endedTraining(rooms.centreId(), "Szkolenie z listą " + word, true);

        String council = userWithRole(Role.COUNCIL_MEMBER, POWIAT);
        jdbc.sql("""
                insert into council_opinion_request (jst_id, subject, requested_at, deadline, status)
                values (?, ?, ?, ?, 'REQUESTED')""")
            .params(powiat, "Projekt programu " + word, Timestamp.from(now), today.plusDays(7))
            .update();
        jdbc.sql("""
                insert into council_opinion_request (jst_id, subject, requested_at, deadline, status, opinion,
                                                     decided_at)
                values (?, ?, ?, ?, 'GIVEN', 'Pozytywna', ?)""")
            .params(powiat, "Wydana opinia " + word, Timestamp.from(now), today.plusDays(7), Timestamp.from(now))
            .update();

        Page staffPage = page(staff);
        assertThat(staffPage.text())
            .contains("Jako pracownik centrum organizacji", "Rezerwacja sali lub sprzętu czeka na potwierdzenie",
                    "Walne zebranie " + word, "Szkolenie się zakończyło – zapisz obecność",
                    "Szkolenie bez listy " + word)
            .doesNotContain("Szkolenie z listą " + word);
        assertThat(staffPage.body()).contains("href=\"/centre/" + rooms.centreId() + "/bookings/pending\"",
                "href=\"/centre/trainings/" + unrecorded + "/attendance\"");

        Page councilPage = page(council);
        assertThat(councilPage.text())
            .contains("Jako członek rady działalności pożytku publicznego", "Rada jest proszona o opinię",
                    "Projekt programu " + word)
            .doesNotContain("Wydana opinia " + word);
        // the deadline is the end of the requested day
        assertThat(councilPage.text()).contains(
                "Projekt programu " + word + " " + today.plusDays(7).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(councilPage.body()).contains("href=\"/council/" + powiat + "\"");
        assertThat(page(ngo).text()).doesNotContain("Jako pracownik centrum organizacji", "Jako członek rady");

        everyLinkOpensFor(staff, council);
    }

    @Test
    void platformAdministratorsSeeWhatWaitsForThemAndEveryLinkOpensForThem() {
        String word = TestOrganizations.word();
        Instant now = clock.instant();
        String admin = userWithRole(Role.PLATFORM_ADMIN, null);
        String locked = plainUser();
        long jst = jdbc.sql("insert into jst (type, name, partnership_member) values ('UNIT', ?, true) returning id")
            .param("Jednostka " + word)
            .query(Long.class)
            .single();
        jdbc.sql("insert into login_throttle (throttle_key, failures, last_failure, locked_until) values (?, 0, ?, ?)")
            .params("account:" + locked, Timestamp.from(now), Timestamp.from(now.plus(Duration.ofMinutes(30))))
            .update();
        String eventType = "pl.wspolnie.test.Stuck" + word;
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
                values (gen_random_uuid(), 'attention-page-test-listener', ?, '{}', ?)""")
            .params(eventType, Timestamp.from(now.minus(Duration.ofDays(1))))
            .update();
        try {
            Page page = page(admin);
            assertThat(page.text()).contains("Jako administrator platformy",
                    "Samorząd partnerstwa bez żadnego urzędnika", "Jednostka " + word,
                    "Logowanie na konto wstrzymane po nieudanych próbach", locked,
                    "Niewykonane zadania po zapisaniu zmian", "Stuck" + word + " (1)");
            assertThat(page.body()).contains("href=\"/admin/users/" + id(locked) + "\"");
            WebClient person = loggedIn(admin);
            for (String link : links(person.get("/me"))) {
                assertThat(person.get(link).status()).as(admin + " follows " + link).isNotEqualTo(403).isLessThan(500);
            }
            assertThat(page(plainUser()).text()).doesNotContain("Jako administrator platformy", "Jednostka " + word);
        }
        finally {
            jdbc.sql("delete from event_publication where event_type = ?").param(eventType).update();
            jdbc.sql("delete from login_throttle where throttle_key = ?").param("account:" + locked).update();
            jdbc.sql("delete from jst where id = ?").param(jst).update();
        }
    }

    private long endedTraining(long centreId, String title, boolean attendanceRecorded) {
        Instant now = clock.instant();
        Instant start = now.minus(Duration.ofDays(2));
        long training = jdbc.sql("""
                insert into centre_training (centre_id, kind, title, programme, starts_at, ends_at, capacity,
                                             applications_open, applications_close, recruitment_mode, created_at)
                values (?, 'TRAINING', ?, 'Program', ?, ?, 10, ?, ?, 'FIRST_COME', ?) returning id""")
            .params(centreId, title, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(4))),
                    Timestamp.from(now.minus(Duration.ofDays(20))), Timestamp.from(now.minus(Duration.ofDays(5))),
                    Timestamp.from(now.minus(Duration.ofDays(20))))
            .query(Long.class)
            .single();
        jdbc.sql("""
                insert into centre_training_application (training_id, user_id, audience, status, applied_at, present)
                values (?, ?, 'VOLUNTEER', 'ACCEPTED', ?, ?)""")
            .params(training, id(plainUser()), Timestamp.from(now.minus(Duration.ofDays(10))), attendanceRecorded)
            .update();
        if (attendanceRecorded) {
            jdbc.sql("update centre_training set attendance_recorded_at = ? where id = ?")
                .params(Timestamp.from(now.minus(Duration.ofDays(1))), training)
                .update();
        }
        return training;
    }

    private Page page(String email) {
        Page page = loggedIn(email).get("/me");
        assertThat(page.status()).isEqualTo(200);
        return page;
    }

    /** Each person has links on their page, and each of them opens for that person. */
    private void everyLinkOpensFor(String... emails) {
        for (String email : emails) {
            WebClient person = loggedIn(email);
            List<String> links = links(person.get("/me"));
            assertThat(links).isNotEmpty();
            for (String link : links) {
                int status = person.get(link).status();
                assertThat(status).as(email + " follows " + link).isNotEqualTo(403).isLessThan(500);
            }
        }
    }

    /** The links of the page's lists. */
    static List<String> links(Page page) {
        List<String> links = new ArrayList<>();
        Matcher table = Pattern.compile("<table class=\"attention\">(.*?)</table>", Pattern.DOTALL)
            .matcher(page.body());
        while (table.find()) {
            Matcher a = Pattern.compile("href=\"([^\"]+)\"").matcher(table.group(1));
            while (a.find()) {
                links.add(a.group(1).replace("&amp;", "&"));
            }
        }
        return links;
    }

    World world() {
        String word = TestOrganizations.word();
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.WARSAW));
        Instant now = clock.instant();
        long jst = jstId(SECEMIN);

        String official = userWithRole(Role.OFFICIAL, SECEMIN);
        long officialId = id(official);
        String member = userWithRole(Role.COMMISSION_MEMBER, SECEMIN);
        long memberId = id(member);
        String ngo = plainUser();
        long ngoId = id(ngo);
        long org = organizations.ensure(TestOrganizations.details("Fundacja " + word, jst, List.of("kultura"), null),
                ngoId, true, true);

        // a contract whose task ends in 10 days: the final report is due
        long contractOffer = competitions.ensureDecidedWithContract(jst, officialId, memberId, ngoId, org,
                "Konkurs A " + word, "Oferta A " + word, "A/" + word, today.minusDays(100), today.plusDays(10), false);
        // a submitted final report, and its offer back in the formal review
        long reviewOffer = competitions.ensureDecidedWithContract(jst, officialId, memberId, ngoId, org,
                "Konkurs B " + word, "Oferta B " + word, "B/" + word, today.minusDays(100), today.minusDays(10), true);
        jdbc.sql("update offer set formal_result = 'PENDING' where id = ?").param(reviewOffer).update();
        // a competition open for offers, with the organisation's draft
        long open = competitions.ensurePublished(jst, officialId, "Konkurs C " + word, "Opis konkursu C.", "Zadanie C",
                "kultura", new BigDecimal("30000.00"), new BigDecimal("15000.00"), today.plusDays(30).atTime(15, 30),
                today.plusDays(60), today.plusDays(120), true);
        long draftOffer = jdbc.sql("""
                insert into offer (competition_id, lead_organization_id, title, status, draft, created_by, created_at,
                                   updated_at)
                values (?, ?, ?, 'DRAFT', '{}', ?, ?, ?) returning id""")
            .params(open, org, "Szkic " + word, ngoId, Timestamp.from(now), Timestamp.from(now))
            .query(Long.class)
            .single();
        jdbc.sql("insert into offer_organization (offer_id, organization_id) values (?, ?)")
            .params(draftOffer, org)
            .update();
        // a competition past its deadline with the member appointed, not yet declared
        long commission = competitions.ensurePublished(jst, officialId, "Konkurs D " + word, "Opis konkursu D.",
                "Zadanie D", "kultura", new BigDecimal("30000.00"), new BigDecimal("15000.00"),
                today.plusDays(30).atTime(15, 30), today.plusDays(60), today.plusDays(120), true);
        jdbc.sql("update competition set offer_deadline = ? where id = ?")
            .params(Timestamp.from(now.minus(Duration.ofDays(1))), commission)
            .update();
        jdbc.sql("insert into commission_member (competition_id, user_id, chair, appointed_at) values (?, ?, false, ?)")
            .params(commission, memberId, Timestamp.from(now.minus(Duration.ofDays(5))))
            .update();

        // the liaison officer's queue: an organisation's news, an unverified one's
        // notice,
        // a request to join, an organisation to verify
        String liaison = userWithRole(Role.LIAISON_OFFICER, SECEMIN);
        WebClient ngoClient = loggedIn(ngo);
        assertThat(ngoClient.submit("/news/new", "/news/new", news("Wieści " + word, org)).status()).isEqualTo(302);
        Page rejected = ngoClient.submit("/news/new", "/news/new", news("Odrzucone " + word, org));
        long rejectedId = Long.parseLong(rejected.location().replaceAll(".*/news/(\\d+).*", "$1"));
        WebClient liaisonClient = loggedIn(liaison);
        assertThat(liaisonClient
            .post("/news/" + rejectedId + "/reject", Map.of("reason", "Bez szczegółów."),
                    liaisonClient.get("/news/moderation").csrf())
            .status()).isEqualTo(302);
        String newRep = plainUser();
        long fresh = organizations.ensure(TestOrganizations.details("Nowe " + word, jst, List.of("kultura"), null),
                id(newRep), true, false);
        Map<String, String> notice = new LinkedHashMap<>();
        notice.put("organizationId", String.valueOf(fresh));
        notice.put("kind", "JOB");
        notice.put("title", "Praca " + word);
        notice.put("description", "Opis");
        notice.put("expiresOn", today.plusDays(10).toString());
        assertThat(loggedIn(newRep).submit("/notices/new", "/notices/new", notice).status()).isEqualTo(302);
        organizations.requestToJoin(org, id(plainUser()), false, "Proszę o dostęp");

        // a resident accepted for a workshop in 14 days; the organisation's room booking
        String resident = plainUser();
        CentreFixtures.Rooms rooms = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT));
        Instant start = today.plusDays(14).atTime(10, 0).atZone(ClockConfig.WARSAW).toInstant();
        long training = jdbc.sql("""
                insert into centre_training (centre_id, kind, title, programme, starts_at, ends_at, capacity,
                                             applications_open, applications_close, recruitment_mode, created_at)
                values (?, 'WORKSHOP', ?, 'Program', ?, ?, 10, ?, ?, 'FIRST_COME', ?) returning id""")
            .params(rooms.centreId(), "Warsztaty " + word, Timestamp.from(start),
                    Timestamp.from(start.plus(Duration.ofHours(4))), Timestamp.from(now.minus(Duration.ofDays(1))),
                    Timestamp.from(start.minus(Duration.ofDays(2))), Timestamp.from(now))
            .query(Long.class)
            .single();
        jdbc.sql("""
                insert into centre_training_application (training_id, user_id, audience, status, applied_at)
                values (?, ?, 'VOLUNTEER', 'ACCEPTED', ?)""")
            .params(training, id(resident), Timestamp.from(now))
            .update();
        jdbc.sql("""
                insert into centre_booking (resource_id, organization_id, requested_by, request_group, starts_at,
                                            ends_at, purpose, status, created_at)
                values (?, ?, ?, gen_random_uuid(), ?, ?, 'Zebranie zarządu', 'CONFIRMED', ?)""")
            .params(rooms.roomId(), org, ngoId, Timestamp.from(start.plus(Duration.ofDays(1))),
                    Timestamp.from(start.plus(Duration.ofDays(1)).plus(Duration.ofHours(2))),
                    Timestamp.from(now.minus(Duration.ofDays(200))))
            .update();

        // the resident follows a consultation where they made a remark, open for 5 more
        // days
        long consultation = jdbc.sql("""
                insert into consultation (jst_id, subject, legal_basis, participation, forms, starts_on, ends_on,
                                          responsible_person, remarks_public, created_at, created_by)
                values (?, ?, 'art. 5a ustawy', 'EVERYONE', 'ELECTRONIC_REMARKS', ?, ?, 'Jan Urzędnik', true, ?, ?)
                returning id""")
            .params(jst, "Program współpracy " + word, today.minusDays(10), today.plusDays(5), Timestamp.from(now),
                    officialId)
            .query(Long.class)
            .single();
        jdbc.sql("""
                insert into consultation_remark (consultation_id, author_user_id, author_name, source, proposal,
                                                 created_at, updated_at)
                values (?, ?, 'Test User', 'ONLINE', 'Dopisać sport', ?, ?)""")
            .params(consultation, id(resident), Timestamp.from(now), Timestamp.from(now))
            .update();

        return new World(word, official, member, ngo, liaison, resident, reviewOffer, draftOffer, contractOffer,
                commission, training);
    }

    private static Map<String, String> news(String title, long organizationId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("organizationId", String.valueOf(organizationId));
        f.put("title", title);
        f.put("lead", "Wstęp do " + title);
        f.put("body", "<p>Treść</p>");
        f.put("spheres", "kultura");
        f.put("publishAt", "");
        return f;
    }

    long id(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
    }

}
