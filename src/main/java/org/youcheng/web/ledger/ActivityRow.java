package org.youcheng.web.ledger;

/** An activity as one line of a timeline, in the page's language. */
public record ActivityRow(
        long id,
        String startedOn,
        String endedOn,
        String typeCode,
        String type,
        String what,
        String place,
        long placeId,
        String foreign,
        Long tieId,
        String title) {}
