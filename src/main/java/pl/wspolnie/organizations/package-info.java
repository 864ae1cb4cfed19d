/**
 * The NGO directory and profiles: organisations register themselves, people join them as
 * representatives, the NGO liaison officer of their JST verifies them, and anyone can
 * search, filter and export the directory (pages and the JSON API under /api/v1). Public
 * API for other modules: {@link pl.wspolnie.organizations.Organizations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package pl.wspolnie.organizations;
