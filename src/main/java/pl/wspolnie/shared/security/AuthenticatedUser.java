package pl.wspolnie.shared.security;

/**
 * What every module may know about the logged-in person: the principal of the security
 * context.
 */
public interface AuthenticatedUser {

    long userId();

    String email();

    String displayName();

}
