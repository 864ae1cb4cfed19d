package pl.wspolnie.initiatives.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.money.AmountText;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of each JST's council resolution on local initiatives and the dated hourly
 * rate of social work: set by the JST's officials, read by applications and evaluation.
 * Every change is in the audit log (the entities are audited).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Resolutions {

    /** The most an hour of social work may be valued at. */
    static final BigDecimal RATE_LIMIT = new BigDecimal("10000");

    /** A dated rate as the official enters it. */
    public record RateInput(LocalDate validFrom, String rate, String source) {
    }

    private final InitiativeSettingsRepository settings;

    private final HourlyRateRepository rates;

    private final InitiativeAccess access;

    private final Clock clock;

    /** The JST's settings, empty until its official enters them. */
    @Transactional(readOnly = true)
    public Optional<InitiativeSettings> of(long jstId) {
        return settings.findByJstId(jstId);
    }

    /** The settings for the official's form; 403 for others. */
    @Transactional(readOnly = true)
    public Optional<InitiativeSettings> forEdit(long jstId) {
        access.requireOfficial(jstId);
        return settings.findByJstId(jstId);
    }

    /** The official saves the resolution's settings. */
    public void save(long jstId, SettingsDetails details) {
        access.requireOfficial(jstId);
        apply(jstId, details);
    }

    private void apply(long jstId, SettingsDetails details) {
        InitiativeSettings s = settings.findByJstId(jstId).orElseGet(() -> new InitiativeSettings(jstId));
        s.apply(details, clock.instant());
        settings.save(s);
    }

    /** The rates of the JST, newest first. */
    @Transactional(readOnly = true)
    public List<HourlyRate> rates(long jstId) {
        return rates.findByJstIdOrderByValidFromDesc(jstId);
    }

    /** The rate in force on the day, if any. */
    @Transactional(readOnly = true)
    public Optional<HourlyRate> rateOn(long jstId, LocalDate day) {
        return rates.findFirstByJstIdAndValidFromLessThanEqualOrderByValidFromDesc(jstId, day);
    }

    /** The rate in force today, if any. */
    @Transactional(readOnly = true)
    public Optional<HourlyRate> rateToday(long jstId) {
        return rateOn(jstId, LocalDate.now(clock));
    }

    /** The official adds a rate from a date (a new row; an earlier one stays). */
    public void addRate(long jstId, RateInput input) {
        access.requireOfficial(jstId);
        saveRate(jstId, input);
    }

    private void saveRate(long jstId, RateInput input) {
        List<RuleViolation> violations = new ArrayList<>();
        if (input.validFrom() == null) {
            violations.add(new RuleViolation("validFrom", "initiatives.required"));
        }
        else if (rates.existsByJstIdAndValidFrom(jstId, input.validFrom())) {
            violations.add(new RuleViolation("validFrom", "initiatives.rate.sameDay"));
        }
        AmountText.Parsed rate = AmountText.parse(input.rate(), RATE_LIMIT);
        if (!rate.ok()) {
            violations.add(new RuleViolation("rate", "initiatives.money.invalid"));
        }
        else if (rate.value() == null || rate.value().signum() == 0) {
            violations.add(new RuleViolation("rate", "initiatives.rate.positive"));
        }
        if (input.source() == null || input.source().isBlank()) {
            violations.add(new RuleViolation("source", "initiatives.required"));
        }
        else if (input.source().strip().length() > 500) {
            violations.add(new RuleViolation("source", "initiatives.tooLong"));
        }
        RuleViolation.throwIfAny(violations);
        rates.save(new HourlyRate(jstId, input.validFrom(), rate.value(), input.source().strip(), clock.instant()));
    }

    /**
     * Demo data and tests: the settings and a rate (unless one starts that day), no
     * permission check.
     */
    public void seed(long jstId, SettingsDetails details, RateInput rate) {
        apply(jstId, details);
        if (!rates.existsByJstIdAndValidFrom(jstId, rate.validFrom())) {
            saveRate(jstId, rate);
        }
    }

}
