package pl.wspolnie.competitions.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.SqlCooperationRecords;

import java.util.Map;

/**
 * The competitions' records behind the cooperation quality index: grant money awarded in
 * the year (by open competition, counted, and as small grants), the small grants awarded,
 * the contracts signed with the days from the results to the signature, and which of them
 * run over more than one year; the commissions appointed in the year and whether an
 * organisation nominated one of their members; the grants of the year as the part of
 * {@code budget.expenditureShare} whose base (the JST's expenditure) the budget module
 * lists.
 */
@Component
@Transactional(readOnly = true)
class CompetitionCooperationRecords extends SqlCooperationRecords {

    private static final String AWARDS = "select (a.decided_at at time zone 'Europe/Warsaw')::date as day, "
            + "c.title || ': ' || coalesce(o.title, 'oferta ' || o.id) as label, '/competitions/' || c.id as path, "
            + "true as counted, a.amount as amount from competition_award a join competition c on c.id = a.competition_id "
            + "join offer o on o.id = a.offer_id where c.jst_id = :jst and a.amount > 0 "
            + "and extract(year from a.decided_at at time zone 'Europe/Warsaw') = :year";

    private static final String SMALL_GRANTS = "select (g.decided_at at time zone 'Europe/Warsaw')::date as day, "
            + "'Mały grant: ' || coalesce(o.title, 'oferta ' || o.id) as label, '/small-grants/offers/' || g.offer_id as path, "
            + "%s as counted, g.amount as amount from small_grant g join offer o on o.id = g.offer_id "
            + "where g.jst_id = :jst and g.status = 'AWARDED' "
            + "and extract(year from g.decided_at at time zone 'Europe/Warsaw') = :year";

    private static final String CONTRACTS = "select k.signed_on as day, c.title || ': umowa ' || k.number as label, "
            + "'/competitions/' || c.id as path, %s as counted, %s as amount from competition_contract k "
            + "join competition c on c.id = k.competition_id where k.jst_id = :jst "
            + "and extract(year from k.signed_on) = :year %s order by k.signed_on, k.offer_id";

    /**
     * A competition's commission, dated by its first appointment: counted when a member
     * nominated by an organisation (and not excluded) sits on it; the amount is their
     * number.
     */
    private static final String COMMISSIONS = "select (min(m.appointed_at) at time zone 'Europe/Warsaw')::date as day, "
            + "c.title || ': członkowie komisji ' || count(*) || ', wskazani przez organizacje ' "
            + "|| count(m.nominated_by_organization_id) filter (where m.excluded_at is null) as label, "
            + "'/competitions/' || c.id as path, "
            + "count(m.nominated_by_organization_id) filter (where m.excluded_at is null) > 0 as counted, "
            + "(count(m.nominated_by_organization_id) filter (where m.excluded_at is null))::numeric as amount "
            + "from commission_member m join competition c on c.id = m.competition_id where c.jst_id = :jst "
            + "group by c.id, c.title having extract(year from min(m.appointed_at) at time zone 'Europe/Warsaw') = :year "
            + "order by 1, c.id";

    CompetitionCooperationRecords(JdbcClient jdbc) {
        super(jdbc, Map.of("competitions.nominatedMembers", COMMISSIONS, "budget.expenditureShare",
                AWARDS + " union all " + SMALL_GRANTS.formatted("true") + " order by 1, 2", "grants.money",
                AWARDS + " union all " + SMALL_GRANTS.formatted("false") + " order by 1, 2", "smallgrants.awarded",
                SMALL_GRANTS.formatted("true") + " order by 1, 2", "contracts.daysToContract",
                CONTRACTS.formatted("true",
                        "(k.signed_on - (c.decided_at at time zone 'Europe/Warsaw')::date)::numeric",
                        "and c.decided_at is not null"),
                "contracts.multiYear", CONTRACTS.formatted(
                        "extract(year from k.period_to) > extract(year from k.period_from)", "null::numeric", "")));
    }

}
