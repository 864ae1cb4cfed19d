package pl.wspolnie.calendar.web;

import pl.wspolnie.calendar.domain.CalendarEntries.Entry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A month as weeks of seven days (Monday first) with each day's entries; days of the
 * neighbour months are blank.
 */
record MonthGrid(YearMonth month, List<List<Day>> weeks) {

    record Day(LocalDate date, boolean inMonth, List<Entry> entries) {
    }

    static MonthGrid of(YearMonth month, List<Entry> entries) {
        Map<LocalDate, List<Entry>> byDay = entries.stream()
            .collect(Collectors.groupingBy(e -> e.start().toLocalDate()));
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            boolean in = YearMonth.from(d).equals(month);
            week.add(new Day(d, in, in ? byDay.getOrDefault(d, List.of()) : List.of()));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return new MonthGrid(month, weeks);
    }
}
