package pl.wspolnie.demo;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.JstAdministration;
import pl.wspolnie.shared.events.CalendarEntryPublished;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.text.SearchText;
import pl.wspolnie.shared.time.ClockConfig;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Set;
import java.time.LocalDate;

/**
 * News, calendar events and a subscription of the demo partnership: two published news
 * items of the powiat and Kluczewsko, one scheduled for next week, one of the demo NGO
 * waiting for the liaison officer (when the NGO step ran first: steps without an order
 * run last, in no fixed order); three events of the coming weeks;
 * mieszkaniec@wspolnie.demo subscribed to a daily digest and the newsletter. Published
 * through the same events as real items, so the calendar and the subscriptions store them
 * after the seeding commits.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "wspolnie.demo-data", havingValue = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoInformation implements DemoStep {

    private final JdbcClient jdbc;

    private final JstAdministration jsts; // reads the database, not the cached JST list

    private final Accounts accounts;

    private final Organizations organizations;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    @Override
    public void seed() {
        long powiat = jsts.idByTeryt("2613");
        long kluczewsko = jsts.idByTeryt("2613012");
        long official = accounts.findByEmail("urzednik@wspolnie.demo").map(AccountSummary::id).orElseThrow();
        Instant now = clock.instant();

        news(powiat, null, official, "Nabór do Powiatowej Rady Działalności Pożytku Publicznego",
                "Organizacje mogą zgłaszać kandydatów do rady do końca miesiąca.",
                "<h2>Jak zgłosić kandydata</h2><p>Formularz zgłoszenia złóż w starostwie lub przez platformę.</p>"
                        + "<ul><li>kandydat musi reprezentować organizację z powiatu,</li><li>zgłoszenie podpisuje zarząd.</li></ul>",
                "wsparcie-organizacji", "PUBLISHED", now.minus(Duration.ofDays(2)));
        news(kluczewsko, null, official, "Dożynki gminne w Kluczewsku",
                "Zapraszamy na dożynki; organizacje mogą zgłaszać stoiska.",
                "<p>Stoiska kół gospodyń wiejskich i organizacji zgłaszajcie do <a href=\"mailto:gmina@kluczewsko.demo\">urzędu gminy</a>.</p>",
                "kultura", "PUBLISHED", now.minus(Duration.ofDays(1)));
        news(powiat, null, official, "Szkolenie z rozliczania dotacji (zapowiedź)",
                "Szkolenie dla skarbników organizacji.", "<p>Szczegóły wkrótce.</p>", "wsparcie-organizacji",
                "PUBLISHED", now.plus(Duration.ofDays(7)));
        accounts.findByEmail("ngo@wspolnie.demo")
            .ifPresent(ngo -> organizations.representedBy(ngo.id())
                .stream()
                .findFirst()
                .ifPresent(org -> news(kluczewsko, org, ngo.id(), "Świetlica sąsiedzka zaprasza na zajęcia",
                        "Nowy plan zajęć świetlicy dla dzieci.",
                        "<p>Zajęcia od poniedziałku do piątku, 14:00–18:00.</p>", "dzieci-i-mlodziez", "PENDING",
                        now)));

        ZonedDateTime base = now.atZone(ClockConfig.WARSAW).withHour(17).withMinute(0).withSecond(0).withNano(0);
        event(powiat, official, CalendarEntryType.FORUM, "Forum organizacji pozarządowych powiatu",
                "Starostwo Powiatowe, sala konferencyjna", base.plusDays(10), "wsparcie-organizacji");
        event(kluczewsko, official, CalendarEntryType.MEETING, "Spotkanie z pełnomocnikiem ds. organizacji",
                "Urząd Gminy Kluczewsko, pok. 5", base.plusDays(4), "wspolnoty-lokalne");
        event(powiat, official, CalendarEntryType.TRAINING, "Szkolenie: sprawozdanie z realizacji zadania",
                "Centrum organizacji, Włoszczowa", base.plusDays(15), "wsparcie-organizacji");

        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                insert into notice (kind, jst_id, author_id, title, description, expires_on, link, funder, deadline,
                                    amount_min, amount_max, cofinancing_percent, created_at)
                values ('FUNDING', :jst, :author, 'Fundusz Inicjatyw Obywatelskich — nabór regionalny',
                        'Dotacje na projekty organizacji z małych miejscowości.', :expires, 'https://fio.example.pl',
                        'Narodowy Instytut Wolności', :expires, 5000.00, 30000.00, 10.00, :now)""")
            .param("jst", powiat)
            .param("author", official)
            .param("expires", today.plusDays(30))
            .param("now", Timestamp.from(now))
            .update();
        jdbc.sql("""
                insert into notice (kind, jst_id, author_id, title, description, expires_on, place, when_text,
                                    volunteers_needed, created_at)
                values ('VOLUNTEERING', :jst, :author, 'Wolontariusze na dożynki gminne',
                        'Pomoc przy stoiskach i zabawach dla dzieci.', :expires, 'Kluczewsko, plac przy urzędzie',
                        'niedziela, 12:00–18:00', 8, :now)""")
            .param("jst", kluczewsko)
            .param("author", official)
            .param("expires", today.plusDays(14))
            .param("now", Timestamp.from(now))
            .update();

        accounts.findByEmail("mieszkaniec@wspolnie.demo").ifPresent(resident -> {
            jdbc.sql(
                    """
                            insert into subscription_settings (user_id, jst_ids, newsletter, last_daily_at, last_weekly_at, updated_at)
                            values (:user, cast(:jsts as bigint[]), true, :now, :now, :now)""")
                .param("user", resident.id())
                .param("jsts", "{" + kluczewsko + "}")
                .param("now", Timestamp.from(now))
                .update();
            for (String type : new String[] { "NEWS", "EVENT", "COMPETITION" }) {
                jdbc.sql(
                        "insert into subscription_frequency (user_id, content_type, frequency) values (:user, :type, 'DAILY')")
                    .param("user", resident.id())
                    .param("type", type)
                    .update();
            }
        });
    }

    private void news(long jst, Long organization, long author, String title, String lead, String body, String sphere,
            String status, Instant publishAt) {
        boolean announce = "PUBLISHED".equals(status) && !publishAt.isAfter(clock.instant());
        long id = jdbc.sql("""
                insert into news_item (jst_id, organization_id, author_id, title, lead, body, sphere_codes, status,
                                       publish_at, announced, created_at, updated_at, search_text)
                values (:jst, :org, :author, :title, :lead, :body, cast(:spheres as text[]), :status, :at, :announced,
                        :now, :now, :search) returning id""")
            .param("jst", jst)
            .param("org", organization)
            .param("author", author)
            .param("title", title)
            .param("lead", lead)
            .param("body", body)
            .param("spheres", "{" + sphere + "}")
            .param("status", status)
            .param("at", Timestamp.from(publishAt))
            .param("announced", announce)
            .param("now", Timestamp.from(clock.instant()))
            .param("search", SearchText.fold(title + " " + lead + " " + body.replaceAll("<[^>]*>", " ")))
            .query(Long.class)
            .single();
        if (announce) {
            events.publishEvent(new ContentPublished(ContentType.NEWS, String.valueOf(id), title, lead, "/news/" + id,
                    jst, Set.of(sphere), publishAt));
        }
    }

    private void event(long jst, long author, CalendarEntryType type, String title, String place, ZonedDateTime start,
            String sphere) {
        long id = jdbc
            .sql("""
                    insert into calendar_event (jst_id, author_id, type, title, starts_at, ends_at, place, sphere_codes, created_at)
                    values (:jst, :author, :type, :title, :start, :end, :place, cast(:spheres as text[]), :now) returning id""")
            .param("jst", jst)
            .param("author", author)
            .param("type", type.name())
            .param("title", title)
            .param("start", Timestamp.from(start.toInstant()))
            .param("end", Timestamp.from(start.plusHours(2).toInstant()))
            .param("place", place)
            .param("spheres", "{" + sphere + "}")
            .param("now", Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
        events.publishEvent(new CalendarEntryPublished("calendar", String.valueOf(id), type, title, "", start,
                start.plusHours(2), place, jst, Set.of(sphere), "/calendar/events/" + id));
        events.publishEvent(new ContentPublished(ContentType.EVENT, String.valueOf(id), title, place,
                "/calendar/events/" + id, jst, Set.of(sphere), clock.instant()));
    }

}
