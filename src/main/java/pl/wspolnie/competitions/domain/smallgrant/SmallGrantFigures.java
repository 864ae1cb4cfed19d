package pl.wspolnie.competitions.domain.smallgrant;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.SmallGrantFiguresSource;
import pl.wspolnie.shared.figures.SmallGrantYearFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/**
 * The figures of a JST's small grants whose offers are dated in a year (the year their
 * limits count in), for the annual programme report: one statement.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SmallGrantFigures implements SmallGrantFiguresSource {

    private final JdbcClient jdbc;

    @Override
    public SmallGrantYearFigures forYear(long jstId, int year) {
        Map<String, Object> row = jdbc
            .sql("with g as (select * from small_grant where jst_id = :jst and offer_date >= :from "
                    + "and offer_date < :to) select (select count(*) from g) offers, "
                    + "(select count(*) from g where published_on is not null) published, "
                    + "(select count(*) from small_grant_remark r join g on g.offer_id = r.offer_id) remarks, "
                    + "(select count(*) from g where status = 'AWARDED') awarded, "
                    + "(select coalesce(sum(amount), 0) from g where status = 'AWARDED') amount, "
                    + "(select count(distinct organization_id) from g where status = 'AWARDED') orgs")
            .param("jst", jstId)
            .param("from", LocalDate.of(year, 1, 1))
            .param("to", LocalDate.of(year + 1, 1, 1))
            .query()
            .singleRow();
        return new SmallGrantYearFigures(i(row, "offers"), i(row, "published"), i(row, "remarks"), i(row, "awarded"),
                new BigDecimal(row.get("amount").toString()).setScale(2, RoundingMode.HALF_UP), i(row, "orgs"));
    }

    private static int i(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).intValue();
    }

}
