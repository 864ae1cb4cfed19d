/**
 * Demo data for one partnership (powiat włoszczowski with gminas Kluczewsko and Secemin),
 * seeded on first start.
 */
package pl.wspolnie.demo;
