package pl.wspolnie.competitions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.Jsts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statistics block of a competition's page: offers, requested vs awarded, by sphere
 * and by the lead's JST.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CompetitionStatistics {

    /** One group (a sphere or a JST). */
    public record Group(String key, int offers, BigDecimal requested, BigDecimal awarded) {
    }

    public record Stats(int offers, int organizations, BigDecimal requested, BigDecimal awarded, List<Group> bySphere,
            List<Group> byJst) {
    }

    private record Row(long leadId, String sphere, BigDecimal requested, BigDecimal awarded) {
    }

    private final JdbcClient jdbc;

    private final Organizations organizations;

    private final Jsts jsts;

    /**
     * Two statements whatever the number of offers (plus the directory look-up of the
     * lead organisations).
     */
    public Stats of(long competitionId) {
        List<Row> rows = jdbc.sql("select o.lead_organization_id, t.sphere_code, "
                + "coalesce((v.content::jsonb -> 'sources' ->> 'grant')::numeric, 0) requested, "
                + "coalesce(a.amount, 0) awarded from offer o " + "left join competition_task t on t.id = o.task_id "
                + "join competition c on c.id = o.competition_id "
                // the version the commission ranked: the latest submitted before the
                // decision (corrections included, a later budget update not)
                + "left join lateral (select content from offer_version v where v.offer_id = o.id "
                + "and (c.decided_at is null or v.submitted_at <= c.decided_at) order by v.number desc limit 1) v on true "
                + "left join competition_award a on a.offer_id = o.id "
                + "where o.competition_id = ? and o.submitted_at is not null and o.status not in ('DRAFT', 'WITHDRAWN')")
            .param(competitionId)
            .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3).setScale(2),
                    rs.getBigDecimal(4).setScale(2)))
            .list();
        Integer orgs = jdbc
            .sql("select count(distinct oo.organization_id) from offer_organization oo join offer o on o.id = oo.offer_id "
                    + "where o.competition_id = ? and o.submitted_at is not null and o.status not in ('DRAFT', 'WITHDRAWN')")
            .param(competitionId)
            .query(Integer.class)
            .single();
        Set<Long> leads = new HashSet<>();
        rows.forEach(r -> leads.add(r.leadId()));
        Map<Long, OrganizationSummary> found = leads.isEmpty() ? Map.of() : organizations.findAll(leads);
        Map<String, Group> bySphere = new LinkedHashMap<>();
        Map<String, Group> byJst = new LinkedHashMap<>();
        BigDecimal requested = BigDecimal.ZERO.setScale(2);
        BigDecimal awarded = BigDecimal.ZERO.setScale(2);
        for (Row r : rows) {
            requested = requested.add(r.requested());
            awarded = awarded.add(r.awarded());
            add(bySphere, r.sphere() == null ? "" : r.sphere(), r);
            OrganizationSummary o = found.get(r.leadId());
            add(byJst, o == null ? "" : jsts.get(o.gminaId()).name(), r);
        }
        return new Stats(rows.size(), orgs, requested, awarded, new ArrayList<>(bySphere.values()),
                new ArrayList<>(byJst.values()));
    }

    private static void add(Map<String, Group> groups, String key, Row r) {
        groups.merge(key, new Group(key, 1, r.requested(), r.awarded()), (a, b) -> new Group(key, a.offers() + 1,
                a.requested().add(b.requested()), a.awarded().add(b.awarded())));
    }

}
