package pl.wspolnie.demo;

/**
 * A further part of the demo data (organisations, later competitions...), run after the
 * partnership and logins.
 */
interface DemoStep {

    void seed();

}
