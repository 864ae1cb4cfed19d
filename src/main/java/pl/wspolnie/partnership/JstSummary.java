package pl.wspolnie.partnership;

/** Read-only view of a JST that other modules use. */
public record JstSummary(long id, JstType type, String name, String teryt, Long parentId, boolean partnershipMember) {
}
