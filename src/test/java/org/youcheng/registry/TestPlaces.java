package org.youcheng.registry;

/** Places for the resolver's tests on small gazetteers written by hand. */
final class TestPlaces {

    private TestPlaces() {}

    /** A place filed under its Chinese and English names, with its population when one is given (above 0). */
    static void add(Gazetteer g, long id, String zh, String en, Level level, String country, long parent, long people) {
        g.addPlace(new Gazetteer.Entry(id, zh, en, level, country, parent, 0), "X" + id, zh, en);
        if (people > 0) {
            g.population(id, people);
        }
    }
}
