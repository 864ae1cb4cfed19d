/**
 * Open competitions for public tasks (otwarty konkurs ofert, art. 11–19 of the Act): the
 * announcement, offers on the structure of the 2018 standard form, immutable submitted
 * versions with a SHA-256 checksum. Internal packages: {@code domain} (entities, rules,
 * use cases) and {@code web} (pages).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Competitions")
package pl.wspolnie.competitions;
