package pl.wspolnie.calendar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.calendar.domain.CalendarOpenData;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.DataSet;

import java.util.Arrays;
import java.util.List;

/** The open data set of the common calendar. */
@Configuration(proxyBeanMethods = false)
class CalendarDataSets {

    @Bean
    DataSet calendarDataSet(CalendarOpenData data) {
        return new DataSet("calendar-entries", "Wspólny kalendarz", "Common calendar",
                "Terminy wspólnego kalendarza: konkursy, konsultacje, spotkania, szkolenia (rok: początek).", "CONT",
                List.of("id", "type", "title", "starts_at", "ends_at", "place", "jst_id", "page_url"),
                DataSet.rowsInYear(data::entries, e -> Arrays.<Object>asList(e.id(), e.type(), e.title(), e.startsAt(),
                        e.endsAt(), e.place(), e.jstId(), ApiLinks.absolute(e.path()))),
                DataSet.years(data::years));
    }

}
