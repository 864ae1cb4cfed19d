package pl.wspolnie.shared.web;

/** Keeps "return to" addresses on this site: only local absolute paths are accepted. */
public final class SafeRedirects {

    private SafeRedirects() {
    }

    public static String localPath(String candidate) {
        if (candidate == null || candidate.isBlank() || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.startsWith("/\\") || candidate.contains("\r") || candidate.contains("\n")
                || candidate.length() > 2000) {
            return "/";
        }
        return candidate;
    }

}
