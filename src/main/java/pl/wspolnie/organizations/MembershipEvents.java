package pl.wspolnie.organizations;

/**
 * What happened to requests to represent an organisation; mails are sent by listeners
 * after commit.
 */
public final class MembershipEvents {

    private MembershipEvents() {
    }

    /** Someone asked to represent the organisation. */
    public record JoinRequested(long organizationId, String organizationName, long membershipId, long requesterId) {
    }

    /** A representative or the liaison officer decided on a request. */
    public record JoinDecided(long organizationId, String organizationName, long requesterId, boolean accepted) {
    }

}
