package pl.wspolnie.consultations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import pl.wspolnie.consultations.domain.Consultation;
import pl.wspolnie.consultations.domain.DraftItem;
import pl.wspolnie.consultations.domain.Remark;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.Caches;
import pl.wspolnie.shared.cache.Sized;
import pl.wspolnie.shared.text.Formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;

/**
 * The remarks of a consultation page rendered once to HTML per paragraph (template
 * {@code consultations/remarks}) and kept until a remark or an answer of the consultation
 * changes: the key holds the consultation's {@code remarks_revision}, which every such
 * change raises in the same transaction. The markup is the same for every reader who sees
 * all remarks; per-user parts (the author's "edit" link) are not in it. Kept in the
 * {@code consultation-remarks} cache ({@code shared.cache.CacheConfiguration}); the
 * revision is read from the database with the consultation, so every instance sees a
 * change at once.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RemarkMarkup {

    /**
     * The rendered remarks: HTML per paragraph id, the remarks on the whole draft, and
     * how many remarks there are.
     */
    record Rendered(Map<Long, String> byItem, String general, int count) {
    }

    /**
     * The whole draft block (paragraphs with their remarks beside them), the remarks on
     * the whole draft and the count.
     */
    record Draft(String html, String general, int count) {
    }

    private record Key(long consultationId, int version, Locale locale, boolean remarkLinks) {
    }

    private record Entry(long revision, Draft draft) implements Sized {
        @Override
        public long bytes() {
            return 100 + Sized.of(draft.html()) + Sized.of(draft.general());
        }
    }

    private final ITemplateEngine templates;

    private final Formats formats;

    private final Caches caches;

    private final MessageSource messages;

    /**
     * The draft block of a version with all remarks beside the paragraphs, from the cache
     * while the consultation's remarks have not changed (items of a version never
     * change). {@code remarkUrl} (the "remark on this paragraph" link without the item
     * id) is null when the reader may not remark; it only depends on the consultation.
     */
    Draft all(Consultation c, int version, Locale locale, String remarkUrl, Supplier<List<DraftItem>> items,
            Supplier<List<Remark>> remarks) {
        long revision = c.getRemarksRevision();
        return caches
            .get(CacheConfiguration.CONSULTATION_REMARKS, new Key(c.getId(), version, locale, remarkUrl != null),
                    () -> new Entry(revision,
                            draft(items.get(), version == 1 ? render(remarks.get(), locale, null) : NONE, locale,
                                    remarkUrl)),
                    e -> e.revision() == revision)
            .draft();
    }

    /**
     * Only some of the remarks (a reader of non-public remarks sees their own), never
     * cached.
     */
    Draft only(List<DraftItem> items, List<Remark> all, Set<Long> shown, Locale locale, String remarkUrl) {
        return draft(items, render(all, locale, shown), locale, remarkUrl);
    }

    private static final Rendered NONE = new Rendered(Map.of(), null, 0);

    private Draft draft(List<DraftItem> items, Rendered remarks, Locale locale, String remarkUrl) {
        Context context = new Context(locale);
        context.setVariable("items", items);
        context.setVariable("remarks", remarks);
        context.setVariable("remarkUrl", remarkUrl);
        context.setVariable("preamble", messages.getMessage("consultations.preamble", null, locale));
        return new Draft(templates.process("consultations/draft", context), remarks.general(), remarks.count());
    }

    private Rendered render(List<Remark> all, Locale locale, Set<Long> shown) {
        Map<Long, List<Remark>> byItem = new LinkedHashMap<>();
        List<Remark> general = new ArrayList<>();
        for (Remark r : all) {
            if (shown != null && !shown.contains(r.getId())) {
                continue;
            }
            if (r.getItemId() == null) {
                general.add(r);
            }
            else {
                byItem.computeIfAbsent(r.getItemId(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Long, String> html = new HashMap<>();
        byItem.forEach((item, list) -> html.put(item, fragment(list, locale)));
        return new Rendered(Map.copyOf(html), general.isEmpty() ? null : fragment(general, locale), all.size());
    }

    private String fragment(List<Remark> remarks, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("remarks", remarks);
        context.setVariable("fmt", formats);
        return templates.process("consultations/remarks", context);
    }

}
