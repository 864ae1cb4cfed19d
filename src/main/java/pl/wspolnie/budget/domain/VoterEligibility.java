package pl.wspolnie.budget.domain;

import pl.wspolnie.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may vote: a resident of the gmina (declared on the ballot) whose PESEL has a valid
 * check digit, encodes the birth date they entered, and who has the resolution's minimum
 * age on the voting day.
 */
public enum VoterEligibility {

    PESEL_VALID("pesel", "budget.vote.peselInvalid"), BIRTH_DATE_MATCHES("birthDate", "budget.vote.birthDateMismatch"),
    OLD_ENOUGH("birthDate", "budget.vote.tooYoung"), RESIDENT("resident", "budget.vote.notResident");

    private final String field;

    private final String message;

    VoterEligibility(String field, String message) {
        this.field = field;
        this.message = message;
    }

    /** Every rule the voter breaks (empty when they may vote). */
    public static List<RuleViolation> check(String pesel, LocalDate birthDate, boolean resident, int minAge,
            LocalDate votingDay) {
        List<RuleViolation> violations = new ArrayList<>();
        Optional<LocalDate> encoded = Pesel.birthDate(pesel);
        if (encoded.isEmpty()) {
            violations.add(PESEL_VALID.violation());
        }
        else if (birthDate != null && !encoded.get().equals(birthDate)) {
            violations.add(BIRTH_DATE_MATCHES.violation());
        }
        else if (birthDate != null && Period.between(birthDate, votingDay).getYears() < minAge) {
            violations.add(new RuleViolation(OLD_ENOUGH.field, OLD_ENOUGH.message, String.valueOf(minAge)));
        }
        if (!resident) {
            violations.add(RESIDENT.violation());
        }
        return violations;
    }

    private RuleViolation violation() {
        return new RuleViolation(field, message);
    }

}
