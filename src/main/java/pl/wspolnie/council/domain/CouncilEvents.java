package pl.wspolnie.council.domain;

import java.time.LocalDate;

/** What happened in the council module that people are told about (after commit). */
public final class CouncilEvents {

    private CouncilEvents() {
    }

    /** The council was asked for an opinion: its members are told. */
    public record OpinionRequested(long requestId, long jstId, String subject) {
    }

    /**
     * The threshold-th organisation asked for a council: the JST must create it by the
     * deadline.
     */
    public record CreationRequestsReached(long jstId, int organizations, LocalDate deadline) {
    }

}
