package pl.wspolnie.competitions.domain.decision;

/** The official answered a request for the reasons of a competition's decision. */
public record ReasonAnswered(long requestId) {
}
