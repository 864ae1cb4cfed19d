package pl.wspolnie.shared.web;

import java.util.List;

/**
 * An {@code <option>} of a select, or an {@code <optgroup>} of them, written by the
 * template attribute {@code ws:options} ({@link SelectOptionsDialect}): one expression
 * for the whole list instead of an iteration and three expressions per option.
 */
public sealed interface SelectOption {

    /** An option: its value, its text and whether it is chosen now. */
    record Choice(String value, String label, boolean selected) implements SelectOption {
    }

    /** A labelled group of options. */
    record Group(String label, List<Choice> choices) implements SelectOption {
    }

}
