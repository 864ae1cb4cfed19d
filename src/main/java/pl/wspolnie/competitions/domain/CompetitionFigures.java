package pl.wspolnie.competitions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.CompetitionFiguresSource;
import pl.wspolnie.shared.figures.CompetitionYearFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.math.RoundingMode;

/**
 * Real figures of the published competitions of a JST whose tasks start in a year (the
 * task year, not the year of the announcement: a call announced in December for the next
 * year counts in the next year's report), for the annual programme report: each figure is
 * counted from the records (decisions, awards, contracts, settled final reports) of those
 * competitions.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CompetitionFigures implements CompetitionFiguresSource {

    private static final String BASE = "with c as (select id, mode, decided_at, annulled_at from competition "
            + "where jst_id = :jst and published_at is not null and period_from >= :from and period_from < :to), "
            + "o as (select o.id, o.task_id, c.mode, c.decided_at from offer o join c on c.id = o.competition_id "
            + "where o.submitted_at is not null and o.status not in ('DRAFT', 'WITHDRAWN')) ";

    private final JdbcClient jdbc;

    @Override
    public CompetitionYearFigures forYear(long jstId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        Map<String, Object> row = jdbc.sql(BASE + "select " + "(select count(*) from c) announced, "
                + "(select count(*) from c where decided_at is not null) decided, "
                + "(select count(*) from c where annulled_at is not null) annulled, "
                + "(select count(*) from o) offers, "
                + "(select count(distinct oo.organization_id) from offer_organization oo join o on o.id = oo.offer_id) orgs, "
                + "(select coalesce(sum((v.content::jsonb -> 'sources' ->> 'grant')::numeric), 0) from o "
                + "  join lateral (select content from offer_version v where v.offer_id = o.id and (o.decided_at is null "
                + "  or v.submitted_at <= o.decided_at) order by v.number desc limit 1) v on true) requested, "
                + "(select count(*) from competition_award a join o on o.id = a.offer_id where a.amount > 0) grants, "
                + "(select coalesce(sum(a.amount), 0) from competition_award a join o on o.id = a.offer_id) awarded, "
                + "(select count(*) from competition_contract k join o on o.id = k.offer_id) contracts, "
                + "(select count(*) from competition_report r join o on o.id = r.offer_id "
                + "  where r.kind = 'FINAL' and r.status = 'ACCEPTED') settled, "
                + "(select coalesce(sum(r.to_return), 0) from competition_report r join o on o.id = r.offer_id "
                + "  where r.kind = 'FINAL' and r.status = 'ACCEPTED') returned, "
                + "(select count(*) from contract_control k join o on o.id = k.offer_id where k.recorded_at is not null) controls")
            .param("jst", jstId)
            .param("from", from)
            .param("to", to)
            .query()
            .singleRow();
        Map<String, BigDecimal> bySphere = new LinkedHashMap<>();
        jdbc.sql(BASE
                + "select t.sphere_code, sum(a.amount) amount from competition_award a join o on o.id = a.offer_id "
                + "join competition_task t on t.id = o.task_id where a.amount > 0 group by t.sphere_code order by t.sphere_code")
            .param("jst", jstId)
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> bySphere.put(rs.getString(1), rs.getBigDecimal(2).setScale(2)))
            .list();
        Map<String, BigDecimal> byMode = new LinkedHashMap<>();
        jdbc.sql(BASE + "select o.mode, sum(a.amount) amount from competition_award a join o on o.id = a.offer_id "
                + "where a.amount > 0 group by o.mode order by o.mode")
            .param("jst", jstId)
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> byMode.put(rs.getString(1), rs.getBigDecimal(2).setScale(2)))
            .list();
        return new CompetitionYearFigures(i(row, "announced"), i(row, "decided"), i(row, "annulled"), i(row, "offers"),
                i(row, "orgs"), i(row, "grants"), m(row, "requested"), m(row, "awarded"), bySphere, byMode,
                i(row, "contracts"), i(row, "settled"), m(row, "returned"), i(row, "controls"));
    }

    private static int i(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).intValue();
    }

    private static BigDecimal m(Map<String, Object> row, String key) {
        return new BigDecimal(row.get(key).toString()).setScale(2, RoundingMode.HALF_UP);
    }

}
