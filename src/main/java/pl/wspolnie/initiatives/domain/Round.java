package pl.wspolnie.initiatives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** A round of intake: applications are taken from its first to its last day. */
@Embeddable
public record Round(@Column(name = "opens_on") LocalDate opensOn, @Column(name = "closes_on") LocalDate closesOn) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

}
