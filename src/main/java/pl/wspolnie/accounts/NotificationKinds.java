package pl.wspolnie.accounts;

import java.util.List;

/**
 * The kinds of personal notification one module sends, declared by a bean of that module
 * so that a person's settings page can list them. Each kind's label is the message
 * {@code notification.kind.<code>} (and its hint {@code notification.kind.<code>.hint}).
 */
public interface NotificationKinds {

    /** Codes of the kinds, e.g. {@code competitions.award}; unique across modules. */
    List<String> kinds();

}
