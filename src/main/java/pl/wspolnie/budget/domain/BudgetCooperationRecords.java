package pl.wspolnie.budget.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.SqlCooperationRecords;

import java.util.Map;

/**
 * The participatory budget's record behind the cooperation quality index: the JST's
 * expenditure, the base of {@code budget.expenditureShare} (grants to organisations as a
 * share of the expenditure, the grants listed by the competitions module). The platform
 * knows the expenditure only where an edition records it ("the last submitted budget
 * execution report", with its source): for the year Y the edition of Y+1 (set up during Y
 * or soon after), else the edition of Y. Not counted: it is what the grants are divided
 * by.
 */
@Component
@Transactional(readOnly = true)
class BudgetCooperationRecords extends SqlCooperationRecords {

    private static final String EXPENDITURE = "select null::date as day, 'Wydatki JST: ' || e.expenditure_source "
            + "|| ' (wpisane w edycji budżetu obywatelskiego ' || e.year || ')' as label, "
            + "'/budget/' || e.id as path, false as counted, e.expenditure as amount from budget_edition e "
            + "where e.jst_id = :jst and e.year in (:year, :year + 1) order by e.year desc limit 1";

    BudgetCooperationRecords(JdbcClient jdbc) {
        super(jdbc, Map.of("budget.expenditureShare", EXPENDITURE));
    }

}
