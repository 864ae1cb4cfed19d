package pl.wspolnie.budget.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.wspolnie.budget.domain.Results;
import pl.wspolnie.shared.export.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The results as a table to download (one row per project, pool by pool), with headers
 * and values in the visitor's language.
 */
@Component
class ResultsExport {

    private static final List<String> COLUMNS = List.of("pool", "rank", "number", "title", "cost", "votes", "tied",
            "outcome");

    private final MessageSource messages;

    ResultsExport(MessageSource messages) {
        this.messages = messages;
    }

    String fileName(long editionId, Locale locale) {
        return messages.getMessage("budget.results.export.fileName", new Object[] { String.valueOf(editionId) },
                locale);
    }

    Table table(Results.Count count, Locale locale) {
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
