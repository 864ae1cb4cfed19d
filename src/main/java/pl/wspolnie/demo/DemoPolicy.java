package pl.wspolnie.demo;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.wspolnie.diagnosis.EmbeddedSurveys;
import pl.wspolnie.partnership.JstAdministration;
import java.util.HashMap;
import java.util.Map;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.sql.Timestamp;
import org.springframework.core.annotation.Order;

/**
 * Demo of consultations, the council and the programme of powiat włoszczowski: an open
 * consultation of next year's programme draft with two remarks, a closed consultation
 * with answers and its report, a survey of the open consultation on the survey engine
 * with three answers, the council with a term, an opinion given and one pending, an
 * adopted programme for this year with tasks, and planned directions. Written straight to
 * the tables (no user is logged in while seeding); a few rows, seeded in milliseconds.
 */
@Component
@ConditionalOnProperty(name = "wspolnie.demo-data", havingValue = "true")
@Order(25)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoPolicy implements DemoStep {

    private static final String DRAFT_ITEMS = """
            CHAPTER|Rozdział 1|Postanowienia ogólne
            PARAGRAPH|§ 1|Program określa cele, zasady i formy współpracy Powiatu Włoszczowskiego z organizacjami pozarządowymi.
            PARAGRAPH|§ 2|Program obowiązuje od 1 stycznia do 31 grudnia.
            CHAPTER|Rozdział 2|Zadania priorytetowe
            PARAGRAPH|§ 3|Priorytetem jest aktywność fizyczna dzieci i młodzieży oraz wsparcie seniorów.
            PARAGRAPH|§ 4|Na realizację programu przeznacza się co najmniej 250 000 zł.""";

    private final JdbcClient jdbc;

    private final JstAdministration jsts; // reads the database, not the cached JST list

    private final Clock clock;

    private final EmbeddedSurveys surveys;

    private Optional<Long> user(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).optional();
    }

    @Override
    public void seed() {
        long powiat = jsts.idByTeryt("2613");
        LocalDate today = LocalDate.now(clock);
        long official = user("urzednik@wspolnie.demo").orElse(0L);
        int next = today.getYear() + 1;

        long open = consultation(powiat, "Projekt programu współpracy na rok " + next, today.minusDays(3),
                today.plusDays(11), official, null);
        List<Long> openItems = items(open);
        remark(open, openItems.get(2), "Marek Mieszkaniec", user("mieszkaniec@wspolnie.demo").orElse(null), null,
                "Program obowiązuje od 1 stycznia do 31 grudnia, z możliwością przedłużenia na rok kolejny.", null);
        remark(open, openItems.get(4), "Natalia z Fundacji", user("ngo@wspolnie.demo").orElse(null),
                "Fundacja „Razem dla Kluczewska”", "Dodać: wsparcie świetlic wiejskich.",
                "Świetlice prowadzą zajęcia dla dzieci przez cały rok.");
        String survey = "consultation:" + open;
        surveys.createForAccounts(powiat, survey, "Projekt programu współpracy na rok " + next, official,
                today.minusDays(3), today.plusDays(11));
        surveys.seedQuestion(survey, "SINGLE", "Czy projekt programu jest dla Państwa zrozumiały?", true,
                List.of("Tak", "Raczej tak", "Raczej nie", "Nie"));
        surveys.seedQuestion(survey, "LONG_TEXT", "Jakie zadanie powinno się znaleźć w programie?", false, List.of());
        String[][] answers = { { "ngo@wspolnie.demo", "0", "Wsparcie świetlic wiejskich." },
                { "rada@wspolnie.demo", "1", "Zajęcia dla seniorów w każdej gminie." },
                { "komisja@wspolnie.demo", "1", null } };
        for (String[] a : answers) {
            Map<Integer, String> byPosition = new HashMap<>();
            byPosition.put(1, a[1]);
            if (a[2] != null) {
                byPosition.put(2, a[2]);
            }
            user(a[0]).ifPresent(u -> surveys.seedAccountAnswer(survey, u, byPosition));
        }

        long closed = consultation(powiat, "Projekt uchwały w sprawie zasad konsultacji z organizacjami",
                today.minusDays(40), today.minusDays(20), official,
                "Uwagi uwzględniono; projekt skierowano do Rady Powiatu.");
        List<Long> closedItems = items(closed);
        long answer = jdbc
            .sql("insert into consultation_answer (consultation_id, decision, justification, answered_at, answered_by) "
                    + "values (?, 'ACCEPTED', 'Uwaga uwzględniona w § 2.', now(), ?) returning id")
            .params(closed, official)
            .query(Long.class)
            .single();
        long remark = remark(closed, closedItems.get(2), "Jadwiga Papierowa", null, null,
                "Wydłużyć termin zgłaszania uwag do 14 dni.", "Organizacje potrzebują czasu na zebranie zarządu.");
        jdbc.sql(
                "update consultation_remark set answer_id = ?, source = 'PAPER', source_note = 'Pismo z 2 października' where id = ?")
            .params(answer, remark)
            .update();

        long term = jdbc.sql(
                "insert into council_term (jst_id, starts_on, ends_on, created_at) values (?, ?, ?, now()) returning id")
            .params(powiat, today.minusYears(1), today.plusYears(2).minusDays(1))
            .query(Long.class)
            .single();
        String[][] members = { { "Anna Nowak", "NGO" }, { "Ewa Zielińska", "NGO" }, { "Tomasz Wójcik", "NGO" },
                { "Jan Kowalski", "JST" }, { "Piotr Wiśniewski", "JST" } };
        for (int i = 0; i < members.length; i++) {
            jdbc.sql("insert into council_member (term_id, position, name, side) values (?, ?, ?, ?)")
                .params(term, i + 1, members[i][0], members[i][1])
                .update();
        }
        jdbc.sql(
                "insert into council_opinion_request (jst_id, subject, consultation_id, requested_at, deadline, status, opinion, decided_at) "
                        + "values (?, ?, ?, now(), ?, 'GIVEN', ?, now())")
            .params(powiat, "Projekt uchwały w sprawie zasad konsultacji", closed, today.minusDays(25),
                    "Rada opiniuje projekt pozytywnie.")
            .update();
        jdbc.sql(
                "insert into council_opinion_request (jst_id, subject, consultation_id, requested_at, deadline, status) "
                        + "values (?, ?, ?, now(), ?, 'REQUESTED')")
            .params(powiat, "Projekt programu współpracy na rok " + next, open, today.plusDays(14))
            .update();
        jdbc.sql("insert into council_meeting (jst_id, starts_at, place, agenda) values (?, ?, ?, ?)")
            .params(powiat, Timestamp.from(today.plusDays(7).atTime(16, 0).atZone(clock.getZone()).toInstant()),
                    "Starostwo Powiatowe we Włoszczowie, sala 12",
                    "1. Opinia o projekcie programu współpracy.\n2. Sprawy różne.")
            .update();

        long programme = jdbc
            .sql("""
                    insert into programme (jst_id, year_from, year_to, title, goals, principles, scope, forms, period,
                      implementation, funds, evaluation, creation, commissions, status, resolution_number, resolution_date, created_at)
                    values (?, ?, ?, ?, 'Wzmacnianie aktywności obywatelskiej mieszkańców powiatu.', ?, 'Zadania w sferach art. 4 ustawy.',
                      'Zlecanie zadań, wzajemne informowanie, konsultacje, zespoły doradcze.', 'Od 1 stycznia do 31 grudnia.',
                      'Otwarte konkursy ofert i tryb pozakonkursowy.', '250 000 zł', 'Wskaźniki liczby konkursów, ofert i umów.',
                      'Projekt konsultowano z organizacjami na platformie.', 'Komisje powołuje Starosta; zasiadają w nich przedstawiciele organizacji.',
                      'ADOPTED', 'XII/85/' || ?, ?, now()) returning id""")
            .params(powiat, today.getYear(), today.getYear(),
                    "Program współpracy Powiatu Włoszczowskiego na rok " + today.getYear(),
                    "Współpraca opiera się na zasadach pomocniczości, suwerenności stron, partnerstwa, efektywności, uczciwej konkurencji i jawności.",
                    today.getYear() - 1, LocalDate.of(today.getYear() - 1, 11, 26))
            .query(Long.class)
            .single();
        jdbc.sql(
                "insert into programme_task (programme_id, sphere_code, description, planned_funds) values (?, 'kultura-fizyczna', ?, 120000.00), (?, 'seniorzy', ?, 80000.00), (?, 'kultura', ?, 50000.00)")
            .params(programme, "Zajęcia sportowe dla dzieci i młodzieży", programme, "Aktywizacja seniorów", programme,
                    "Ochrona dziedzictwa kulturowego")
            .update();
        jdbc.sql(
                "insert into programme_indicator (programme_id, name, target) values (?, 'Liczba ogłoszonych konkursów', 'co najmniej 3')")
            .param(programme)
            .update();
        jdbc.sql(
                "insert into planned_direction (jst_id, author_name, year, sphere_code, description, created_at) values (?, 'Powiat włoszczowski', ?, 'seniorzy', 'Powiatowa rada seniorów i zajęcia ruchowe dla seniorów.', now())")
            .params(powiat, next)
            .update();
    }

    private long consultation(long jst, String subject, LocalDate from, LocalDate to, long official,
            String conclusions) {
        long id = jdbc
            .sql("""
                    insert into consultation (jst_id, subject, legal_basis, participation, forms, sphere_codes, announced_in,
                      starts_on, ends_on, responsible_person, remarks_public, conclusions, closed_at, created_at, created_by)
                    values (?, ?, 'art. 5 ust. 5 ustawy o działalności pożytku publicznego i o wolontariacie', 'EVERYONE',
                      'ELECTRONIC_REMARKS,OPEN_MEETINGS,PAPER', 'kultura-fizyczna,seniorzy', 'BIP Starostwa, tablica ogłoszeń',
                      ?, ?, 'Anna Urzędniczka, Wydział Promocji', true, ?, ?, now(), ?) returning id""")
            .params(jst, subject, from, to, conclusions, conclusions == null ? null : Timestamp.from(clock.instant()),
                    official)
            .query(Long.class)
            .single();
        int position = 0;
        for (String line : DRAFT_ITEMS.split("\n")) {
            String[] p = line.split("\\|", 3);
            jdbc.sql(
                    "insert into consultation_item (consultation_id, draft_version, position, kind, label, body) values (?, 1, ?, ?, ?, ?)")
                .params(id, ++position, p[0], p[1], p[2])
                .update();
        }
        return id;
    }

    private List<Long> items(long consultation) {
        return jdbc.sql("select id from consultation_item where consultation_id = ? order by position")
            .param(consultation)
            .query(Long.class)
            .list();
    }

    private long remark(long consultation, Long item, String author, Long userId, String organization, String proposal,
            String justification) {
        return jdbc
            .sql("""
                    insert into consultation_remark (consultation_id, item_id, author_user_id, author_name, organization_name,
                      source, proposal, justification, created_at, updated_at) values (?, ?, ?, ?, ?, 'ONLINE', ?, ?, now(), now())
                    returning id""")
            .params(consultation, item, userId, author, organization, proposal, justification)
            .query(Long.class)
            .single();
    }

}
