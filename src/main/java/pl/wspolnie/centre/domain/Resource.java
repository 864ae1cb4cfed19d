package pl.wspolnie.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import pl.wspolnie.shared.calendar.PolishHolidays;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import jakarta.persistence.EntityListeners;
import java.time.format.DateTimeFormatter;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.EvictsCache;

/**
 * A room or a loose equipment item of a centre, with its booking rules: the weekdays and
 * the daily window it can be booked in, the longest booking and how far ahead one may
 * book.
 */
@Entity
@EntityListeners(EvictsCache.Listener.class)
@EvictsCache(CacheConfiguration.CENTRE)
@Table(name = "centre_resource")
public class Resource extends CentreRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceKind kind;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    private Integer capacity;

    @Column(nullable = false)
    private String equipment;

    @Column(name = "open_days", nullable = false)
    private String openDays;

    @Column(nullable = false)
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    @Column(name = "max_minutes", nullable = false)
    private int maxMinutes;

    @Column(name = "max_days_ahead", nullable = false)
    private int maxDaysAhead;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "requires_confirmation", nullable = false)
    private boolean requiresConfirmation;

    @Column(name = "open_on_holidays", nullable = false)
    private boolean openOnHolidays;

    @Version
    private long version;

    protected Resource() {
    }

    /**
     * Raised by every change of the resource (its name and opening days are in the week
     * table).
     */
    public long getVersion() {
        return version;
    }

    Resource(long centreId, ResourceKind kind, String name, String description, Integer capacity, String equipment,
            String openDays, LocalTime opens, LocalTime closes, int maxMinutes, int maxDaysAhead,
            boolean requiresConfirmation, boolean openOnHolidays) {
        super(centreId);
        this.requiresConfirmation = requiresConfirmation;
        this.openOnHolidays = openOnHolidays;
        this.kind = kind;
        this.name = name;
        this.description = description == null ? "" : description;
        this.capacity = capacity;
        this.equipment = equipment == null ? "" : equipment;
        this.openDays = openDays;
        this.opens = opens;
        this.closes = closes;
        this.maxMinutes = maxMinutes;
        this.maxDaysAhead = maxDaysAhead;
    }

    /**
     * Requests wait for staff to confirm or decline them (they hold the time meanwhile).
     */
    public boolean isRequiresConfirmation() {
        return requiresConfirmation;
    }

    public boolean isOpenOn(DayOfWeek day) {
        return openDays.charAt(day.getValue() - 1) == '1';
    }

    /** Bookable on Polish public holidays (off unless the resource's settings say so). */
    public boolean isOpenOnHolidays() {
        return openOnHolidays;
    }

    /**
     * Bookable on this date: an open weekday that is not a public holiday (unless
     * allowed).
     */
    public boolean isOpenOn(LocalDate date) {
        return isOpenOn(date.getDayOfWeek()) && (openOnHolidays || !PolishHolidays.isHoliday(date));
    }

    /**
     * Refuses a time that breaks this resource's rules: in the past, on a closed day or
     * outside the daily window, longer than allowed or too far ahead. {@code today} and
     * {@code now} come from the platform's clock.
     */
    void checkRules(ZonedDateTime start, ZonedDateTime end, ZonedDateTime now) {
        if (!end.isAfter(start)) {
            throw new RuleViolation("to", "centre.booking.endBeforeStart");
        }
        if (start.isBefore(now)) {
            throw new RuleViolation("date", "centre.booking.inPast");
        }
        LocalDate date = start.toLocalDate();
        if (!openOnHolidays) {
            PolishHolidays.on(date).ifPresent(holiday -> {
                throw new RuleViolation("date", "centre.booking.holiday", name,
                        new DefaultMessageSourceResolvable(holiday.messageKey()),
                        DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date));
            });
        }
        if (!isOpenOn(date.getDayOfWeek()) || start.toLocalTime().isBefore(opens) || !end.toLocalDate().equals(date)
                || end.toLocalTime().isAfter(closes)) {
            throw new RuleViolation("from", "centre.booking.outsideHours", name, opens, closes);
        }
        if (Duration.between(start, end).toMinutes() > maxMinutes) {
            throw new RuleViolation("to", "centre.booking.tooLong", name, maxMinutes);
        }
        if (date.isAfter(now.toLocalDate().plusDays(maxDaysAhead))) {
            throw new RuleViolation("date", "centre.booking.tooFarAhead", name, maxDaysAhead);
        }
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public String getEquipment() {
        return equipment;
    }

    public String getOpenDays() {
        return openDays;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public int getMaxMinutes() {
        return maxMinutes;
    }

    public int getMaxDaysAhead() {
        return maxDaysAhead;
    }

    public boolean isActive() {
        return active;
    }

}
