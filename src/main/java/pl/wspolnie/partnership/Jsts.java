package pl.wspolnie.partnership;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.Caches;
import pl.wspolnie.shared.domain.NotFound;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSTs of the partnership: the public API of the partnership module.
 * <p>
 * Its reads join a caller's transaction but open none of their own: they are served from
 * the cached list nearly always, and a transaction begun only to read a cache costs a
 * persistence context and a pooled connection (five of them on each directory page); on a
 * cache miss the repository reads in its own read-only transaction.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Jsts {

    private static final Comparator<JstSummary> ORDER = Comparator.comparing((JstSummary j) -> j.type().ordinal())
        .reversed()
        .thenComparing(JstSummary::name);

    private final JstRepository repository;

    private final Caches caches;

    /**
     * Every JST, counties first. The list is tiny and read on most pages: it is kept in
     * the {@code jsts} cache, which any change of a JST clears on every instance once it
     * commits ({@link Jst} is {@code @EvictsCache}); a list read inside a transaction
     * that writes is never kept.
     */
    public List<JstSummary> all() {
        return caches.get(CacheConfiguration.JSTS, "all",
                () -> repository.findAll().stream().map(Jst::summary).sorted(ORDER).toList());
    }

    /**
     * JSTs that are parties to the partnership (their content appears on the platform).
     */
    public List<JstSummary> members() {
        return all().stream().filter(JstSummary::partnershipMember).toList();
    }

    public List<JstSummary> gminas() {
        return all().stream()
            .filter(j -> j.type() == JstType.GMINA)
            .sorted(Comparator.comparing(JstSummary::name))
            .toList();
    }

    /** Each JST's name by its id (from the cached list). */
    public Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        all().forEach(j -> names.put(j.id(), j.name()));
        return names;
    }

    public Optional<JstSummary> find(long id) {
        return all().stream().filter(j -> j.id() == id).findFirst();
    }

    public JstSummary get(long id) {
        return find(id).orElseThrow(() -> new NotFound("JST " + id));
    }

    public Optional<JstSummary> findByTeryt(String teryt) {
        return all().stream().filter(j -> teryt.equals(j.teryt())).findFirst();
    }

    /** The JST and every unit below it (a powiat and its gminas). */
    public Set<Long> selfAndDescendants(long id) {
        List<JstSummary> all = all();
        Set<Long> result = new LinkedHashSet<>();
        result.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (JstSummary j : all) {
                if (j.parentId() != null && result.contains(j.parentId()) && result.add(j.id())) {
                    grew = true;
                }
            }
        }
        return result;
    }

    /** The JST and every unit above it (a gmina, its powiat, its województwo). */
    public Set<Long> selfAndAncestors(long id) {
        Set<Long> result = new LinkedHashSet<>();
        Long at = id;
        while (at != null && result.add(at)) {
            at = find(at).map(JstSummary::parentId).orElse(null);
        }
        return result;
    }

    /**
     * The JST's seat address (street, postal code, city) as its administrators entered
     * it, which documents such as the contract print in the party block; parts not
     * entered are null.
     */
    public JstAddress address(long id) {
        Jst jst = repository.findById(id).orElseThrow(() -> new NotFound("JST " + id));
        return new JstAddress(jst.getStreet(), jst.getPostalCode(), jst.getCity());
    }

    public boolean exists(long id) {
        return find(id).isPresent();
    }

}
