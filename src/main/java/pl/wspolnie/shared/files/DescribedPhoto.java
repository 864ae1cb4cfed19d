package pl.wspolnie.shared.files;

import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A public photo with the description a screen reader reads (a milestone's photo, a photo
 * of an initiative's report): JPG or PNG, confirmed by its first bytes, up to
 * {@link #MAX_BYTES}, described in 1 to {@link #MAX_ALT} characters.
 */
public record DescribedPhoto(StoredFile file, String altText) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static final int MAX_ALT = 300;

    private static final FileCheck PHOTO = new FileCheck("photo", Set.of("jpg", "jpeg", "png"), MAX_BYTES,
            "files.photo.required", "files.photo.tooLarge", "files.photo.type");

    /**
     * The upload and its description checked; every refusal at once, at the fields
     * "photo" and "altText".
     */
    public static DescribedPhoto check(Upload upload, String altText, Instant now) {
        List<RuleViolation> violations = new ArrayList<>();
        RuleViolation fileRefusal = PHOTO.refusal(upload);
        if (fileRefusal != null) {
            violations.add(fileRefusal);
        }
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty()) {
            violations.add(new RuleViolation("altText", "files.photo.altRequired"));
        }
        else if (alt.length() > MAX_ALT) {
            violations.add(new RuleViolation("altText", "files.photo.altTooLong", MAX_ALT));
        }
        RuleViolation.throwIfAny(violations);
        return new DescribedPhoto(PHOTO.check(upload, now), alt);
    }

}
