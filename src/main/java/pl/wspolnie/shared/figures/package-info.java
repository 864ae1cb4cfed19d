/**
 * Read-side contracts through which reports of one module take figures from another that
 * may not exist yet.
 */
package pl.wspolnie.shared.figures;
