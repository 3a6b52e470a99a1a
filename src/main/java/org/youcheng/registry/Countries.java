package org.youcheng.registry;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.youcheng.registry.internal.CountryRepository;

/** The world's countries as the other features read them: all of them by code, or one. */
@Component
public class Countries {

    private final CountryRepository countries;

    Countries(CountryRepository countries) {
        this.countries = countries;
    }

    /** Every country by its ISO 3166-1 code. */
    public Map<String, Country> all() {
        return countries.all();
    }

    /** The country of a code, or null when there is none. */
    public Country get(String code) {
        return countries.get(code);
    }
}
