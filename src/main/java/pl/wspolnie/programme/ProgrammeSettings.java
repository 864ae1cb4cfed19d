package pl.wspolnie.programme;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.MonthDay;

/**
 * Programme settings (wspolnie.programme.*), days written as MM-dd.
 *
 * @param adoptionDeadline day of the year before the programme's first year by which it
 * is adopted (11-30)
 * @param warnFrom day of that year from which the dashboard warns about the adoption
 * deadline (10-01)
 * @param reportDue day of the year after the reported year by which the report is
 * published (05-31; some JSTs 04-30)
 */
@ConfigurationProperties("wspolnie.programme")
public record ProgrammeSettings(String adoptionDeadline, String warnFrom, String reportDue) {

    public ProgrammeSettings {
        if (adoptionDeadline == null || adoptionDeadline.isBlank())
            adoptionDeadline = "11-30";
        if (warnFrom == null || warnFrom.isBlank())
            warnFrom = "10-01";
        if (reportDue == null || reportDue.isBlank())
            reportDue = "05-31";
    }

    public MonthDay adoptionDeadlineDay() {
        return MonthDay.parse("--" + adoptionDeadline);
    }

    public MonthDay warnFromDay() {
        return MonthDay.parse("--" + warnFrom);
    }

    public MonthDay reportDueDay() {
        return MonthDay.parse("--" + reportDue);
    }
}
