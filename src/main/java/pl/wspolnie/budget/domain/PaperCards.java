package pl.wspolnie.budget.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.StateConflict;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Paper voting cards entered by the gmina's staff: twice, by two different people; when
 * the entries differ a third person's entry decides. A decided card is cast like an
 * online vote (the same eligibility checks and the same one vote per PESEL across
 * channels), and its entries are deleted. A card may also be entered as invalid, with the
 * reason only: the same two (or three) entries decide it, and it is counted as invalid,
 * never as a ballot.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PaperCards {

    /** What an entry did. */
    public enum Outcome {

        FIRST_ENTRY, DISPUTED, COUNTED, ALREADY_VOTED, INVALID

    }

    /** What one person typed: a valid card's data, or only the reason it is invalid. */
    private record Entry(String peselHash, LocalDate birthDate, Boolean resident, List<Long> choices,
            InvalidCardReason invalid) {

        static Entry invalid(InvalidCardReason reason) {
            return new Entry(null, null, null, List.of(), reason);
        }

    }

    private final Editions editions;

    private final Voting voting;

    private final BudgetAccess access;

    private final PaperCardRepository cards;

    private final VoterRepository voters;

    private final JdbcClient jdbc;

    /**
     * The cards of the edition entered once and waiting for the second entry
     * (coordinators only): a card not decided before the results phase is not counted.
     */
    @Transactional(readOnly = true)
    public List<PaperCard> enteredOnce(long editionId) {
        access.requireCoordinator(editions.get(editionId).getJstId());
        return cards.findByEditionIdAndStateOrderByNumber(editionId, PaperCardState.FIRST_ENTERED);
    }

    /**
     * The cards of the edition waiting for a third person's entry (coordinators only).
     */
    @Transactional(readOnly = true)
    public List<PaperCard> disputed(long editionId) {
        access.requireCoordinator(editions.get(editionId).getJstId());
        return cards.findByEditionIdAndStateOrderByNumber(editionId, PaperCardState.DISPUTED);
    }

    /**
     * A staff member enters the card with the given number. The eligibility and the
     * ballot's rules are checked at every entry (nothing is saved when they fail).
     */
    public Outcome enter(long editionId, String number, Vote vote) {
        Edition edition = editions.get(editionId);
        long staff = access.requireCoordinator(edition.getJstId()).userId();
        voting.check(editionId, vote, VotingChannel.PAPER);
        String hash = voting.peselHash(editionId, vote.pesel());
        Entry entry = new Entry(hash, vote.birthDate(), vote.resident(), vote.choices().stream().sorted().toList(),
                null);
        return enter(edition, number, staff, entry, vote);
    }

    /**
     * A staff member enters the card with the given number as invalid, for the reason.
     * Nothing of the person is kept: only the reason.
     */
    public Outcome enterInvalid(long editionId, String number, InvalidCardReason reason) {
        Edition edition = editions.get(editionId);
        long staff = access.requireCoordinator(edition.getJstId()).userId();
        voting.requirePaperEntryOpen(edition);
        return enter(edition, number, staff, Entry.invalid(reason), null);
    }

    private Outcome enter(Edition edition, String number, long staff, Entry entry, Vote vote) {
        long editionId = edition.getId();
        PaperCard card = cards.lock(editionId, number).orElse(null);
        if (card == null) {
            try {
                card = cards.saveAndFlush(new PaperCard(edition, number, staff));
            }
            catch (DataIntegrityViolationException e) {
                throw new StateConflict("budget.paper.concurrent", "card " + number);
            }
            save(card, staff, entry);
            return Outcome.FIRST_ENTRY;
        }
        card.requireEnterableBy(staff);
        if (card.getState() == PaperCardState.FIRST_ENTERED && !entries(card).contains(entry)) {
            card.disputedBy(staff);
            save(card, staff, entry);
            return Outcome.DISPUTED;
        }
        return decide(edition, card, staff, vote, entry);
    }

    private Outcome decide(Edition edition, PaperCard card, long staff, Vote vote, Entry entry) {
        jdbc.sql("delete from budget_paper_entry where card_id = ?").param(card.getId()).update();
        if (entry.invalid() != null) {
            card.invalidBy(staff, entry.invalid());
            return Outcome.INVALID;
        }
        String hash = entry.peselHash();
        if (voters.existsByEditionIdAndPeselHash(edition.getId(), hash)) {
            card.decidedBy(staff, PaperCardState.ALREADY_VOTED);
            return Outcome.ALREADY_VOTED;
        }
        card.decidedBy(staff, PaperCardState.COUNTED);
        voting.record(edition, vote, hash, VotingChannel.PAPER);
        return Outcome.COUNTED;
    }

    private void save(PaperCard card, long staff, Entry entry) {
        jdbc.sql("""
                insert into budget_paper_entry
                    (card_id, entered_by, pesel_hash, birth_date, resident, choices, invalid_reason)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
            .params(card.getId(), staff, entry.peselHash(), entry.birthDate(), entry.resident(),
                    entry.choices().toArray(Long[]::new), entry.invalid() == null ? null : entry.invalid().name())
            .update();
    }

    private List<Entry> entries(PaperCard card) {
        return jdbc.sql("""
                select pesel_hash, birth_date, resident, choices, invalid_reason from budget_paper_entry
                where card_id = ? order by id
                """)
            .param(card.getId())
            .query((rs, n) -> new Entry(rs.getString(1), rs.getObject(2, LocalDate.class),
                    rs.getObject(3, Boolean.class), longs(rs.getArray(4)),
                    rs.getString(5) == null ? null : InvalidCardReason.valueOf(rs.getString(5))))
            .list();
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.stream((Long[]) array.getArray()).filter(Objects::nonNull).sorted().toList();
    }

}
