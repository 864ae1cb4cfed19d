package pl.wspolnie.organizations.domain;

import java.util.Locale;

/**
 * A sphere of public benefit (art. 4 ust. 1 of the Act) or a group of them.
 *
 * @param parentCode the group's code; null for a group
 * @param articlePoint the point of art. 4 ust. 1 ("1a", "17"); null for a group
 */
public record Sphere(String code, String parentCode, String articlePoint, String name, String nameEn) {

    public boolean isGroup() {
        return parentCode == null;
    }

    /** The name in the page's language (English or Polish). */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
