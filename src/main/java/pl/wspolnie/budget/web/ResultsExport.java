package pl.wspolnie.budget.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.wspolnie.budget.domain.InvalidCardReason;
import pl.wspolnie.budget.domain.Results;
import pl.wspolnie.shared.export.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The results to download, with headers and values in the visitor's language: a sheet of
 * the projects (one row per project, pool by pool) and a sheet of the turnout (the votes
 * and cards by kind, the invalid cards by reason, each pool's turnout, the voters by age
 * group).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResultsExport {

    private static final List<String> COLUMNS = List.of("pool", "rank", "number", "title", "cost", "votes", "tied",
            "outcome");

    private static final List<String> TURNOUT_COLUMNS = List.of("kind", "item", "count", "population", "percent");

    private final MessageSource messages;

    String fileName(long editionId, Locale locale) {
        return messages.getMessage("budget.results.export.fileName", new Object[] { String.valueOf(editionId) },
                locale);
    }

    List<Table> sheets(Results.Count count, Locale locale) {
        return List.of(table(count, locale), turnout(count, locale));
    }

    private Table turnout(Results.Count count, Locale locale) {
        List<String> headers = TURNOUT_COLUMNS.stream()
            .map(c -> text("budget.results.export.turnout.column." + c, locale))
            .toList();
        String cards = text("budget.results.export.turnout.cards", locale);
        String invalid = text("budget.results.export.turnout.invalid", locale);
        String pool = text("budget.results.export.turnout.pool", locale);
        String age = text("budget.results.export.turnout.age", locale);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(cards, text("budget.results.cards.online", locale), count.online(), null, null));
        rows.add(Arrays.asList(cards, text("budget.results.cards.valid", locale), count.paper(), null, null));
        rows.add(Arrays.asList(cards, text("budget.results.cards.invalid", locale), count.invalidTotal(), null, null));
        for (InvalidCardReason reason : InvalidCardReason.values()) {
            rows.add(Arrays.asList(invalid, text("budget.paper.invalid." + reason, locale),
                    count.invalid().getOrDefault(reason, 0L), null, null));
        }
        rows.add(Arrays.asList(cards, text("budget.results.cards.alreadyVoted", locale), count.alreadyVoted(), null,
                null));
        rows.add(Arrays.asList(cards, text("budget.results.export.turnout.undecided", locale), count.undecided(), null,
                null));
        for (Results.PoolTurnout t : count.turnout()) {
            rows.add(Arrays.asList(pool, t.name(), t.ballots(), t.population(), t.percent()));
        }
        for (Results.AgeTurnout a : count.ages()) {
            rows.add(Arrays.asList(age,
                    text(a.group() == null ? "budget.turnout.age.unknown" : "budget.turnout.age." + a.group(), locale),
                    a.voters(), null, a.percent()));
        }
        return new Table(text("budget.results.export.turnout.sheet", locale), headers, rows);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private Table table(Results.Count count, Locale locale) {
        List<String> headers = COLUMNS.stream()
            .map(c -> messages.getMessage("budget.results.export.column." + c, null, locale))
            .toList();
        String yes = messages.getMessage("common.yes", null, locale);
        String no = messages.getMessage("common.no", null, locale);
        List<List<Object>> rows = new ArrayList<>();
        for (Results.PoolResult pool : count.pools()) {
            for (Results.Line l : pool.lines()) {
                rows.add(Arrays.asList(pool.name(), l.rank(), l.projectId(), l.title(), l.cost(), l.votes(),
                        l.tied() ? yes : no,
                        messages.getMessage("budget.results.outcome." + l.outcome(), null, locale)));
            }
        }
        return new Table(messages.getMessage("budget.results.export.sheet", null, locale), headers, rows);
    }

}
