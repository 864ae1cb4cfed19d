package pl.wspolnie.shared.domain;

/**
 * The liaison officer's decision on something an organisation published that waits for
 * moderation (a news item, a notice): only a pending item is decided, and a rejection
 * carries its reason, required and at most {@link #MAX_REASON} characters (it is mailed
 * to the author). The one home of this rule for the modules that moderate; each module
 * names its messages by its prefix ({@code <prefix>.moderation.notPending},
 * {@code <prefix>.moderation.reason.required},
 * {@code <prefix>.moderation.reason.tooLong}).
 *
 * @param messagePrefix the module's message prefix ("news", "notices")
 */
public record ModerationRule(String messagePrefix) {

    /** The longest reason of a rejection. */
    public static final int MAX_REASON = 2000;

    /**
     * Checks a decision on an item; returns the reason to store: for a rejection the
     * typed reason stripped, for an approval none (null).
     * @param pending whether the item still waits for moderation
     * @param rejecting a rejection (else an approval)
     * @param reason the reason typed (null or blank: none)
     * @throws RuleViolation when the item is not pending (no field), or a rejection's
     * reason is missing or too long (field "reason")
     */
    public String check(boolean pending, boolean rejecting, String reason) {
        if (!pending) {
            throw new RuleViolation(null, messagePrefix + ".moderation.notPending");
        }
        if (!rejecting) {
            return null;
        }
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation("reason", messagePrefix + ".moderation.reason.required");
        }
        if (stripped.length() > MAX_REASON) {
            throw new RuleViolation("reason", messagePrefix + ".moderation.reason.tooLong", MAX_REASON);
        }
        return stripped;
    }

}
