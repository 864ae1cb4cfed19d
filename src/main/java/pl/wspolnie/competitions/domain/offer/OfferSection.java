package pl.wspolnie.competitions.domain.offer;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sections of the 2018 form that a call for corrections can unlock, and the offer's
 * attachments.
 */
public enum OfferSection {

    I, II, III, IV, V, VI, VII, ATTACHMENTS;

    public static Set<OfferSection> parse(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.noneOf(OfferSection.class);
        }
        return Arrays.stream(text.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(OfferSection::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(OfferSection.class)));
    }

    public static String format(Set<OfferSection> sections) {
        return sections.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

}
