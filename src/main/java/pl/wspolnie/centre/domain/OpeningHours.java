package pl.wspolnie.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The hours a centre is open on one weekday. */
@Embeddable
public record OpeningHours(@Column(name = "day_of_week", nullable = false) int dayOfWeek,
        @Column(nullable = false) LocalTime opens, @Column(nullable = false) LocalTime closes) {

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }
}
