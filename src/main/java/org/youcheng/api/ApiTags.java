package org.youcheng.api;

/** The OpenAPI tags the endpoints are grouped under. */
final class ApiTags {

    static final String PLACES = "places";
    static final String TIES = "ties";
    static final String ANALYTICS = "analytics";
    static final String IMPORTS = "imports";
    static final String GRAPH = "graph";
    static final String PARTNER_SEARCH = "partner search";
    static final String EXTRACTION = "extraction";
    static final String ACCOUNTS = "accounts";
    static final String AUDIT = "audit";
    static final String LEDGER = "ledger";

    private ApiTags() {}
}
