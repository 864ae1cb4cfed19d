package pl.wspolnie.council;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Public benefit council settings (wspolnie.council.*), art. 41e–41i of the Act.
 *
 * @param requestsNeeded distinct NGOs whose joint request obliges the JST to create the
 * council (5)
 * @param creationMonths months the JST has to create the council after the request (2)
 * @param termYears length of the council's term (3; 2 before 2015)
 * @param opinionDays days the council has to give an opinion (14; 30 for a regional
 * council)
 */
@ConfigurationProperties("wspolnie.council")
public record CouncilSettings(int requestsNeeded, int creationMonths, int termYears, int opinionDays) {

    public CouncilSettings {
        if (requestsNeeded <= 0)
            requestsNeeded = 5;
        if (creationMonths <= 0)
            creationMonths = 2;
        if (termYears <= 0)
            termYears = 3;
        if (opinionDays <= 0)
            opinionDays = 14;
    }
}
