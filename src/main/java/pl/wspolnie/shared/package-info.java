/**
 * Shared kernel used by every module: time, money, identifiers (NIP, REGON, KRS), search
 * text, exports, mail, the embedded database and web/layout helpers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package pl.wspolnie.shared;
