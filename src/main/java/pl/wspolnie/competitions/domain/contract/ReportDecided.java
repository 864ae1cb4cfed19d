package pl.wspolnie.competitions.domain.contract;

/**
 * The official accepted a report, asked for its correction or rejected it (the decision
 * is on the report).
 */
public record ReportDecided(long reportId) {
}
