package pl.wspolnie.budget.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

/**
 * The public list of an edition's submitted projects (their latest versions), a page at a
 * time, optionally of one pool: one query for the rows with their support counts and one
 * for the total, however many projects a page shows.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProjectList {

    /** One row of the list. */
    public record Row(long id, String title, String poolName, BigDecimal costTotal, int version, long online, int paper,
            int required) {

        public long supports() {
            return online + paper;
        }

        public boolean enoughSupport() {
            return supports() >= required;
        }

    }

    /** A page of rows and the number of pages. */
    public record Page(List<Row> rows, int page, int totalPages, long total) {
    }

    private final JdbcClient jdbc;

    public Page of(long editionId, Long poolId, int page, int size) {
        long total = jdbc
            .sql("""
                    select count(*) from budget_project p
                    join budget_project_version v on v.project_id = p.id and v.number = p.submitted_versions
                    where p.edition_id = :edition and p.submitted_versions > 0 and (cast(:pool as bigint) is null or v.pool_id = :pool)
                    """)
            .param("edition", editionId)
            .param("pool", poolId)
            .query(Long.class)
            .single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.max(0, Math.min(page, pages - 1));
        List<Row> rows = jdbc
            .sql("""
                    select p.id, v.title, pool.name, v.cost_total, v.number,
                           (select count(*) from budget_support s where s.project_id = p.id) as online,
                           p.paper_supports, pool.signatures_required
                    from budget_project p
                    join budget_project_version v on v.project_id = p.id and v.number = p.submitted_versions
                    join budget_pool pool on pool.id = v.pool_id
                    where p.edition_id = :edition and p.submitted_versions > 0 and (cast(:pool as bigint) is null or v.pool_id = :pool)
                    order by lower(v.title), p.id
                    limit :size offset :offset
                    """)
            .param("edition", editionId)
            .param("pool", poolId)
            .param("size", size)
            .param("offset", current * size)
            .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                    rs.getInt(5), rs.getLong(6), rs.getInt(7), rs.getInt(8)))
            .list();
        return new Page(rows, current, pages, total);
    }

}
