package pl.wspolnie.budget.domain;

import pl.wspolnie.shared.domain.RuleViolation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The choices a ballot may carry under the resolution's rules: at least one project, only
 * projects on the ballot, at most the edition's number per pool, and projects of one area
 * pool only unless the rules let a resident vote in several areas. Every refusal is at
 * the field {@code choices}.
 */
public enum BallotRules {

    SOMETHING_CHOSEN("budget.vote.nothingChosen"), ON_THE_BALLOT("budget.vote.unknownProject"),
    WITHIN_POOL_LIMIT("budget.vote.tooMany"), ONE_AREA("budget.vote.oneArea");

    private final String message;

    BallotRules(String message) {
        this.message = message;
    }

    /** Every rule the choices break (empty when the ballot is valid). */
    public static List<RuleViolation> check(BallotPaper ballot, Collection<Long> choices) {
        List<RuleViolation> violations = new ArrayList<>();
        if (choices.isEmpty()) {
            violations.add(new RuleViolation("choices", SOMETHING_CHOSEN.message));
            return violations;
        }
        Map<BallotPaper.PoolOnBallot, Integer> perPool = new LinkedHashMap<>();
        for (long id : choices) {
            var pool = ballot.poolOf(id);
            if (pool.isEmpty()) {
                violations.add(new RuleViolation("choices", ON_THE_BALLOT.message));
                return violations;
            }
            perPool.merge(pool.get(), 1, Integer::sum);
        }
        int limit = ballot.edition().getChoicesPerPool();
        perPool.forEach((pool, n) -> {
            if (n > limit) {
                violations.add(new RuleViolation("choices", WITHIN_POOL_LIMIT.message, pool.name(),
                        String.valueOf(limit), String.valueOf(n)));
            }
        });
        long areas = perPool.keySet().stream().filter(p -> !p.wholeJst()).count();
        if (!ballot.edition().isSeveralAreas() && areas > 1) {
            violations.add(new RuleViolation("choices", ONE_AREA.message));
        }
        return violations;
    }

}
