package pl.wspolnie.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Accessibility switches chosen in the header: font size (0, 1, 2) and high contrast.
 * Kept in cookies so they persist across pages and visits without an account.
 */
public record DisplayPreferences(int fontStep, boolean highContrast) {

    public static final String FONT_COOKIE = "wsp_font";

    public static final String CONTRAST_COOKIE = "wsp_contrast";

    public static final int MAX_FONT_STEP = 2;

    public static DisplayPreferences from(HttpServletRequest request) {
        int font = 0;
        boolean contrast = false;
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (FONT_COOKIE.equals(c.getName())) {
                    font = parseStep(c.getValue());
                }
                else if (CONTRAST_COOKIE.equals(c.getName())) {
                    contrast = "1".equals(c.getValue());
                }
            }
        }
        return new DisplayPreferences(font, contrast);
    }

    public static int parseStep(String value) {
        try {
            int v = Integer.parseInt(value);
            return Math.max(0, Math.min(MAX_FONT_STEP, v));
        }
        catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }

    /** CSS classes for the html element. */
    public String cssClasses() {
        return "font-" + fontStep + (highContrast ? " contrast-high" : "");
    }
}
