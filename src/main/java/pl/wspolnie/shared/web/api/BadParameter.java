package pl.wspolnie.shared.web.api;

/**
 * A query parameter of the public API that cannot be used: answered 400 with a problem
 * detail naming it ({@link ApiProblems}).
 */
public class BadParameter extends RuntimeException {

    private final String parameter;

    public BadParameter(String parameter, String reason) {
        super("Parameter '" + parameter + "': " + reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

}
