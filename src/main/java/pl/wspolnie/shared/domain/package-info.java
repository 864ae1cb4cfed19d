/**
 * The domain's error model: {@link pl.wspolnie.shared.domain.RuleViolation},
 * {@link pl.wspolnie.shared.domain.StateConflict},
 * {@link pl.wspolnie.shared.domain.NotFound} and
 * {@link pl.wspolnie.shared.domain.NotAllowed}, free of web and HTTP types.
 */
package pl.wspolnie.shared.domain;
