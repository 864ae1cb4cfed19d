package pl.wspolnie.consultations.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed from one version of a draft to the next, paragraph by paragraph. Items are
 * matched by kind and label ("§ 3"); for the diff of version 2 against the consulted
 * version 1, each changed or removed paragraph lists the remarks on it that were accepted
 * or partly accepted — the remarks that changed it.
 */
public final class VersionDiff {

    public enum Change {

        UNCHANGED, CHANGED, ADDED, REMOVED

    }

    public record Row(String label, boolean chapter, String before, String after, Change change, List<Remark> remarks) {
    }

    private VersionDiff() {
    }

    public static List<Row> of(List<DraftItem> before, List<DraftItem> after, List<Remark> remarksOnBefore) {
        Map<Long, List<Remark>> changing = new HashMap<>();
        for (Remark r : remarksOnBefore) {
            if (r.getItemId() != null && r.getAnswer() != null && r.getAnswer().getDecision().changesDraft()) {
                changing.computeIfAbsent(r.getItemId(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, DraftItem> old = new LinkedHashMap<>();
        before.forEach(i -> old.put(i.matchKey(), i));
        List<Row> rows = new ArrayList<>();
        for (DraftItem now : after) {
            DraftItem was = old.remove(now.matchKey());
            if (was == null) {
                rows.add(new Row(now.getLabel(), now.isChapter(), null, now.getBody(), Change.ADDED, List.of()));
            }
            else {
                Change change = was.getBody().equals(now.getBody()) ? Change.UNCHANGED : Change.CHANGED;
                rows.add(new Row(now.getLabel(), now.isChapter(), was.getBody(), now.getBody(), change,
                        change == Change.CHANGED ? changing.getOrDefault(was.getId(), List.of()) : List.of()));
            }
        }
        for (DraftItem gone : old.values()) {
            rows.add(new Row(gone.getLabel(), gone.isChapter(), gone.getBody(), null, Change.REMOVED,
                    changing.getOrDefault(gone.getId(), List.of())));
        }
        return rows;
    }

}
