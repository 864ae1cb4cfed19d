package pl.wspolnie.shared.figures;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Figures of the financial cooperation of one JST in one year, as the annual programme
 * report needs them (art. 5a(3) of the Act). All money is in zł with scale 2.
 *
 * @param awardedBySphere grants awarded per sphere code
 * @param awardedByMode grants awarded per mode: "SUPPORTING" (wspieranie) or "ENTRUSTING"
 * (powierzanie)
 * @param controls controls of the contracted tasks recorded (art. 17), by the year of the
 * task
 */
public record CompetitionYearFigures(int competitionsAnnounced, int competitionsDecided, int competitionsAnnulled,
        int offersSubmitted, int organizationsApplying, int grantsAwarded, BigDecimal amountRequested,
        BigDecimal amountAwarded, Map<String, BigDecimal> awardedBySphere, Map<String, BigDecimal> awardedByMode,
        int contractsSigned, int reportsSettled, BigDecimal amountReturned, int controls) {
}
