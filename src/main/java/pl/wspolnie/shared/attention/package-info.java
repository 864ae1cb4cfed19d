/**
 * The contract through which every module tells the page "Co wymaga mojej uwagi" what
 * waits for the logged-in person, without depending on the page.
 */
package pl.wspolnie.shared.attention;
