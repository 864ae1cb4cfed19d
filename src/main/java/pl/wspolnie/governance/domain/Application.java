package pl.wspolnie.governance.domain;

/**
 * An application to join: the kind of party and its subject (an organisation, a JST, or a
 * unit's name under a JST), with the declaration accepted.
 */
public record Application(Party.Kind kind, Long organizationId, Long jstId, String unitName, boolean declaration) {
}
