package org.youcheng.analytics;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.List;
import java.util.Objects;
import org.youcheng.registry.Region;

/** A place's strategy layout: the regions it plans for, in the order its plan names them. */
public record Strategy(List<Aim> aims) {

    public Strategy {
        aims = List.copyOf(aims);
    }

    /**
     * One region of the plan.
     *
     * @param target the number of ties the office aims at there; null when the plan names none
     */
    public record Aim(
            @JsonSerialize(converter = RegionCode.class) Region region, Verb verb, Integer target) {
        public Aim {
            Objects.requireNonNull(region);
            Objects.requireNonNull(verb);
            if (target != null && target < 0) {
                throw new IllegalArgumentException("target " + target + " is negative");
            }
        }
    }

    static final class RegionCode extends StdConverter<Region, String> {
        @Override
        public String convert(Region value) {
            return value.code();
        }
    }
}
