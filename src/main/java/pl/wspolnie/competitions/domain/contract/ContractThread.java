package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.competitions.domain.offer.OfferAttachments;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.files.FileTypes;
import pl.wspolnie.shared.files.StoredFile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The message thread of a contract (issue 19, point 4): only the contract's parties read
 * and write it; opening it records a read receipt for each message of the other side;
 * each message is audited like every entity and mailed to the other side after the commit
 * ({@link ContractMessagePosted}).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContractThread {

    /** An uploaded file as typed: its original name and bytes (null bytes: too large). */
    public record Upload(String originalName, long size, byte[] content) {
    }

    /** Who read a message and when. */
    public record Receipt(String name, Instant readAt) {
    }

    /** A message as the thread shows it. */
    public record Line(ContractMessage message, String author, boolean mine, List<Receipt> readBy) {
    }

    /** The thread page. */
    public record View(ContractParties.Party party, List<Line> lines) {
    }

    private final ContractParties parties;

    private final ContractMessageRepository messages;

    private final ContractMessageReadRepository reads;

    private final OfferAttachments attachments;

    private final Accounts accounts;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    /**
     * The thread for a party of the contract; the messages of the other side are marked
     * read by the current user (once).
     */
    public View open(long offerId) {
        ContractParties.Party party = parties.require(offerId);
        long me = party.userId();
        List<ContractMessage> all = messages.findByOfferIdOrderByCreatedAtAscIdAsc(offerId);
        List<Long> ids = all.stream().map(ContractMessage::getId).toList();
        List<ContractMessageRead> receipts = new ArrayList<>(ids.isEmpty() ? List.of() : reads.findByMessageIds(ids));
        Set<Long> readByMe = receipts.stream()
            .filter(r -> r.getUserId() == me)
            .map(ContractMessageRead::getMessageId)
            .collect(Collectors.toSet());
        Instant now = clock.instant();
        for (ContractMessage m : all) {
            if (m.getAuthorSide() != party.side() && !readByMe.contains(m.getId())) {
                receipts.add(reads.save(new ContractMessageRead(m.getId(), me, now)));
            }
        }
        Set<Long> people = new HashSet<>();
        all.forEach(m -> people.add(m.getAuthorId()));
        receipts.forEach(r -> people.add(r.getUserId()));
        Map<Long, AccountSummary> names = accounts.findAll(people);
        Map<Long, List<ContractMessageRead>> byMessage = receipts.stream()
            .collect(Collectors.groupingBy(ContractMessageRead::getMessageId));
        List<Line> lines = all.stream()
            .map(m -> new Line(m, name(names, m.getAuthorId()), m.getAuthorId() == me,
                    byMessage.getOrDefault(m.getId(), List.of())
                        .stream()
                        .map(r -> new Receipt(name(names, r.getUserId()), r.getReadAt()))
                        .toList()))
            .toList();
        return new View(party, lines);
    }

    private static String name(Map<Long, AccountSummary> names, long id) {
        AccountSummary a = names.get(id);
        return a == null ? "?" : a.displayName();
    }

    /**
     * Writes a message (1–5000 characters) with an optional attachment (the types and
     * size of an offer's attachments); the other side is told after the commit.
     */
    public long post(long offerId, String body, Upload upload) {
        ContractParties.Party party = parties.require(offerId);
        String text = body == null ? "" : body.strip();
        List<RuleViolation> refused = new ArrayList<>();
        if (text.isEmpty()) {
            refused.add(new RuleViolation("body", "competitions.thread.bodyRequired"));
        }
        else if (text.length() > ContractMessage.MAX_LENGTH) {
            refused.add(new RuleViolation("body", "competitions.thread.bodyTooLong", ContractMessage.MAX_LENGTH));
        }
        StoredFile file = null;
        if (upload != null) {
            if (upload.content() == null || upload.size() > attachments.maxBytes()) {
                refused.add(new RuleViolation("file", "competitions.attachment.tooLarge", attachments.maxMb()));
            }
            else {
                String name = FileTypes.cleanName(upload.originalName());
                String type = FileTypes.detect(name, upload.content(), OfferAttachments.EXTENSIONS);
                if (type == null) {
                    refused.add(new RuleViolation("file", "competitions.attachment.type"));
                }
                else {
                    file = new StoredFile(name, type, upload.content(), clock.instant());
                }
            }
        }
        RuleViolation.throwIfAny(refused);
        ContractMessage message = messages
            .save(new ContractMessage(party.contract(), party.userId(), party.side(), text, file, clock.instant()));
        events.publishEvent(new ContractMessagePosted(message.getId()));
        return message.getId();
    }

    /** A message's attachment, for the contract's parties only. */
    @Transactional(readOnly = true)
    public StoredFile attachment(long offerId, long messageId) {
        parties.require(offerId);
        return messages.findById(messageId)
            .filter(m -> m.getOfferId() == offerId && m.getFile() != null)
            .map(ContractMessage::getFile)
            .orElseThrow(() -> new NotFound("attachment of message " + messageId));
    }

}
