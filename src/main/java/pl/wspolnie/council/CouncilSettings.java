package pl.wspolnie.council;

import org.springframework.boot.context.properties.ConfigurationProperties;
import pl.wspolnie.partnership.JstType;

/**
 * Public benefit council settings (wspolnie.council.*), art. 41e–41i of the Act, and the
 * regional council of a województwo (art. 41a), which follows its own numbers.
 *
 * @param requestsNeeded distinct verified NGOs active in a gmina or powiat whose joint
 * request obliges the JST to create the council (5)
 * @param creationMonths months the JST has to create the council after the request (2)
 * @param termYears length of the council's term (3; 2 before 2015)
 * @param opinionDays days a gmina's or powiat's council has to give an opinion, from the
 * delivery of the request (14)
 * @param regionalRequestsNeeded the same threshold for a województwo (50, art. 41a)
 * @param regionalOpinionDays days the regional council has for an opinion (30)
 */
@ConfigurationProperties("wspolnie.council")
public record CouncilSettings(int requestsNeeded, int creationMonths, int termYears, int opinionDays,
        int regionalRequestsNeeded, int regionalOpinionDays) {

    public CouncilSettings {
        if (requestsNeeded <= 0)
            requestsNeeded = 5;
        if (creationMonths <= 0)
            creationMonths = 2;
        if (termYears <= 0)
            termYears = 3;
        if (opinionDays <= 0)
            opinionDays = 14;
        if (regionalRequestsNeeded <= 0)
            regionalRequestsNeeded = 50;
        if (regionalOpinionDays <= 0)
            regionalOpinionDays = 30;
    }

    /** How many NGOs must ask a JST of this type to create its council. */
    public int requestsNeeded(JstType type) {
        return type == JstType.WOJEWODZTWO ? regionalRequestsNeeded : requestsNeeded;
    }

    /** Days the council of a JST of this type has for an opinion. */
    public int opinionDays(JstType type) {
        return type == JstType.WOJEWODZTWO ? regionalOpinionDays : opinionDays;
    }

}
