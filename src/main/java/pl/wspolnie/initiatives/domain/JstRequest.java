package pl.wspolnie.initiatives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** One thing the JST is asked to provide, with its estimated value. */
@Embeddable
public record JstRequest(@Enumerated(EnumType.STRING) @Column(name = "kind") RequestKind kind,
        @Column(name = "description") String description, @Column(name = "value") BigDecimal value) {
}
