package pl.wspolnie.accounts;

import java.util.List;

/**
 * The kinds of personal notification one module sends, declared by a bean of that module
 * so that a person's settings page can list them. Each kind's label is the message
 * {@code notification.kind.<code>} (and its hint {@code notification.kind.<code>.hint}).
 */
public interface NotificationKinds {

    /**
     * Codes of the kinds a person may turn off, e.g. {@code competitions.award}; unique
     * across modules.
     */
    List<String> kinds();

    /**
     * Codes of the kinds a person always gets (a receipt of their own submission, the
     * confirmation of their own booking): not listed in the settings and never turned
     * off; need no label.
     */
    default List<String> mandatoryKinds() {
        return List.of();
    }

}
