/**
 * News (aktualności) and, later, good practices: officials and centre staff publish for
 * their JST, NGO representatives for their organisation after moderation by the liaison
 * officer; public list with filters and search, item pages, Atom feeds. Published news
 * reach the calendar, subscriptions and the bulletin only through
 * {@link pl.wspolnie.shared.events.ContentPublished}. Public API:
 * {@link pl.wspolnie.news.Spheres}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "News")
package pl.wspolnie.news;
