package pl.wspolnie.shared.mail;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last 200 mails of a run without SMTP, shown at /dev/mail. Memory only. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DevInbox {

    public record Entry(Instant sentAt, OutgoingMail mail) {
    }

    private static final int LIMIT = 200;

    private final Deque<Entry> entries = new ArrayDeque<>();

    private final Clock clock;

    synchronized void add(OutgoingMail mail) {
        entries.addFirst(new Entry(clock.instant(), mail));
        while (entries.size() > LIMIT) {
            entries.removeLast();
        }
    }

    public synchronized List<Entry> latest() {
        return new ArrayList<>(entries);
    }

}
