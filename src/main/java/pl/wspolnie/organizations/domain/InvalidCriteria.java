package pl.wspolnie.organizations.domain;

/**
 * A directory parameter that cannot be used (unknown JST or sphere, bad sort, page or
 * size): a 400 answer.
 */
public class InvalidCriteria extends RuntimeException {

    private final String parameter;

    public InvalidCriteria(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

}
