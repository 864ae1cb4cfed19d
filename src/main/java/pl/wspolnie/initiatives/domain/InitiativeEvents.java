package pl.wspolnie.initiatives.domain;

/** What happened to an application, for the mails sent after commit. */
public final class InitiativeEvents {

    private InitiativeEvents() {
    }

    /** A resident was invited to a group's application. */
    public record Invited(long initiativeId, long userId) {
    }

    /** The application (or its new version) was submitted to the JST. */
    public record Submitted(long initiativeId, int version) {
    }

    /** The JST decided (accepted or refused, with reasons). */
    public record Decided(long initiativeId) {
    }

}
