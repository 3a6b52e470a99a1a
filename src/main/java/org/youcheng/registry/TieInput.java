package org.youcheng.registry;

/**
 * A tie as a person or a client writes it, every field as text: each side by id or by name (a name, or a code such
 * as CN-370200 or Q35765), the kind and status as codes or words, the signing date at any precision.
 * {@link TieInputReader} turns it into a {@link TieDraft}.
 */
public record TieInput(
        Long domesticId,
        String domestic,
        Long partnerId,
        String partner,
        String kind,
        String signed,
        String status,
        String endedOn,
        String endReason,
        String source,
        String note) {}
