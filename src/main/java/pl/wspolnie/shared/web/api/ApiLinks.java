package pl.wspolnie.shared.web.api;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute addresses for the public API's answers, from the current request's host. */
public final class ApiLinks {

    private ApiLinks() {
    }

    /** The absolute address of a path of this site ({@code /competitions/12}). */
    public static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }

}
