package pl.wspolnie.noticeboard.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the author enters; the typed fields that do not belong to the kind are ignored
 * (stored as null).
 */
public record NoticeDetails(NoticeKind kind, String title, String description, LocalDate expiresOn, String link,
        String funder, LocalDate deadline, BigDecimal amountMin, BigDecimal amountMax, BigDecimal cofinancingPercent,
        String place, String whenText, Integer volunteersNeeded) {
}
