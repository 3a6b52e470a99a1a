package org.youcheng.analytics;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.youcheng.common.PartialDate;

/**
 * A round anniversary of a signing (5, 10, 15 … years).
 *
 * @param on    the anniversary at the precision the signing is known to (a day, a month or a year)
 * @param exact the day itself, when the signing day is known; null otherwise
 */
public record Anniversary(
        TieLine tie,
        int years,
        @JsonSerialize(converter = JsonText.Date.class) PartialDate on,
        LocalDate exact) {}
