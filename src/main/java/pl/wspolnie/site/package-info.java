/**
 * The site itself: home page, accessibility statement, display preferences, health ping,
 * error pages.
 */
package pl.wspolnie.site;
