package org.youcheng.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.youcheng.ledger.ActivityFigures;
import org.youcheng.ledger.Ledger;

/** A place's figures for a period, as `youcheng activity NAME --json` prints them. */
@RestController
@Tag(name = ApiTags.LEDGER)
record ActivityFiguresController(Ledger ledger, Clock clock) {

    @GetMapping("/api/v1/places/{id}/activity")
    @Operation(
            summary = "Delegations, events, agreements, projects, outcomes and awards of a period (ISO dates, "
                    + "inclusive; the current year when not given), optionally with the places under it")
    ActivityFigures figures(
            @PathVariable long id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") boolean includeSubordinates) {
        int year = LocalDate.now(clock).getYear();
        LocalDate f = Periods.date("from", from);
        LocalDate t = Periods.date("to", to);
        return ledger.figures(
                id,
                f == null ? LocalDate.of(year, 1, 1) : f,
                t == null ? LocalDate.of(year, 12, 31) : t,
                includeSubordinates);
    }
}
