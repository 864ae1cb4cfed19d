package pl.wspolnie.shared.cache;

/**
 * A cached value that knows roughly how many bytes it holds (pages, rendered HTML), so
 * caches are bounded by size.
 */
public interface Sized {

    long bytes();

    /** Rough size of a string in memory. */
    static long of(String text) {
        return text == null ? 0 : 40L + 2L * text.length();
    }

}
