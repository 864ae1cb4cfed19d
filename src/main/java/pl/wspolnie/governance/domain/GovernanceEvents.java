package pl.wspolnie.governance.domain;

/** What happened in an agreement that someone is told of (after commit). */
public final class GovernanceEvents {

    private GovernanceEvents() {
    }

    /** A party applied to join: those who decide are told. */
    public record Applied(long agreementId, long partyId) {
    }

    /** An application to join was accepted or refused (with the reason). */
    public record ApplicationDecided(long agreementId, long partyId, long applicantId, boolean accepted) {
    }

    /** A candidate was nominated and is asked to accept. */
    public record Nominated(long agreementId, long electionId, long candidateId, String partyName) {
    }

    /** A meeting was called: its members are invited. */
    public record MeetingCalled(long agreementId, long meetingId) {
    }

    /**
     * A version of a document was put to consultation: the Council's members are told.
     */
    public record DocumentConsulted(long agreementId, long documentId, int number, long consultationId) {
    }

}
