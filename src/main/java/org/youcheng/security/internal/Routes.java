package org.youcheng.security.internal;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.youcheng.security.Permissions;

/**
 * Who may call which endpoint: one line per route (method and the controller's own path pattern), the only place
 * that says so. {@code SecurityConfig} applies the table to both filter chains and denies every request no line
 * covers; {@code AuthorisationMatrixTests} reads the application's own route list and fails the build for an
 * endpoint without its line, and tries every line with every role and scope.
 *
 * <p>A new endpoint gets one line here: {@code read} when it changes nothing (anyone may call it), {@code signedIn}
 * for reads that need an account, {@code edit} when it changes data (editors and admins; the service then checks
 * the editor's scope with {@link Permissions}), {@code admin} for the national association's business.
 */
public final class Routes {

    /** Who passes the door; the scope of an editor is checked behind it, where the change happens. */
    public enum Access {
        /** anyone, signed in or not */
        PUBLIC,
        /** any account, viewers too */
        SIGNED_IN,
        /** editors and admins: the service checks an editor's scope */
        EDITOR,
        /** admins only */
        ADMIN
    }

    public record Rule(HttpMethod method, String pattern, Access access) {}

    public static final List<Rule> RULES = List.of(
            // pages
            read("/"),
            read("/search"),
            read("/search/options"),
            read("/places/{id}"),
            read("/places/{id}/network"),
            read("/ties/{id}"),
            read("/login"),
            read("/maps/world-{hash}.js"),
            edit(GET, "/ties/new"),
            edit(GET, "/ties"),
            edit(POST, "/ties"),
            edit(GET, "/ties/{id}/edit"),
            edit(POST, "/ties/{id}"),
            edit(POST, "/ties/{id}/delete"),
            edit(POST, "/ties/{id}/application"),
            edit(POST, "/ties/{id}/application/province"),
            admin(POST, "/ties/{id}/application/national"),
            edit(POST, "/ties/{id}/application/signing"),
            admin(GET, "/audit"),
            read("/graph"),
            read("/graph/path"),
            read("/places/{id}/suggestions"),
            read("/places/{id}/ledger"),
            read("/places/{id}/report"),
            read("/rankings"),
            read("/places/{id}/ledger/section"),
            read("/ties/{id}/ledger"),
            read("/activities/{id}"),
            edit(GET, "/activities/new"),
            edit(POST, "/activities"),
            edit(POST, "/activities/{id}/delete"),
            edit(GET, "/activities/{id}/edit"),
            edit(POST, "/activities/{id}"),
            edit(POST, "/activities/{id}/files"),
            edit(POST, "/activities/{id}/files/{fileKey}/delete"),
            edit(GET, "/review"),
            edit(POST, "/review/articles"),
            edit(POST, "/review/{id}/accept"),
            edit(POST, "/review/{id}/reject"),
            // mending places (issue 14, item 5): the service lets editors mend foreign places only
            edit(GET, "/places/review"),
            edit(POST, "/places/{id}/rename"),
            edit(POST, "/places/{id}/aliases"),
            edit(POST, "/places/{id}/reviewed"),
            edit(GET, "/places/{id}/merge"),
            edit(POST, "/places/{id}/merge"),
            // importing, tie documents and the application path in the browser (issue 18, part A)
            edit(GET, "/imports"),
            edit(POST, "/imports"),
            edit(GET, "/imports/{id}"),
            edit(GET, "/imports/{id}/progress"),
            edit(POST, "/imports/{id}/confirm"),
            edit(POST, "/imports/{id}/discard"),
            edit(POST, "/ties/{id}/documents"),
            edit(POST, "/ties/{id}/documents/{documentId}/delete"),
            // accounts, one's own API tokens, strategy layout, partner requests (issue 18, part B); to anyone but an
            // admin the accounts page answers 404 (in the frame), so its door is any account's
            signedIn(GET, "/accounts"),
            admin(POST, "/accounts"),
            admin(POST, "/accounts/{id}"),
            admin(POST, "/accounts/{id}/password"),
            signedIn(GET, "/account/password"),
            signedIn(POST, "/account/password"),
            signedIn(GET, "/account/tokens"),
            signedIn(POST, "/account/tokens"),
            signedIn(POST, "/account/tokens/{id}/revoke"),
            edit(GET, "/places/{id}/strategy"),
            edit(POST, "/places/{id}/strategy/gap"),
            edit(POST, "/places/{id}/strategy"),
            read("/places/{id}/partner-requests"),
            edit(POST, "/places/{id}/partner-requests"),
            read("/partner-requests/{id}"),
            edit(POST, "/partner-requests/{id}/withdraw"),
            // the JSON API
            read("/api/v1/openapi.json"),
            read("/api/v1/openapi.json.yaml"),
            read("/api/v1/places"),
            read("/api/v1/places/{id}"),
            read("/api/v1/places/{id}/summary"),
            read("/api/v1/places/review"),
            edit(PUT, "/api/v1/places/{id}"),
            edit(POST, "/api/v1/places/{id}/aliases"),
            edit(POST, "/api/v1/places/{id}/reviewed"),
            edit(POST, "/api/v1/places/{id}/merge"),
            read("/api/v1/ties/{id}"),
            edit(POST, "/api/v1/ties"),
            edit(PUT, "/api/v1/ties/{id}"),
            edit(DELETE, "/api/v1/ties/{id}"),
            edit(POST, "/api/v1/ties/{id}/documents"),
            edit(DELETE, "/api/v1/ties/{id}/documents/{documentId}"),
            edit(POST, "/api/v1/imports"),
            read("/api/v1/ties/{id}/application"),
            edit(POST, "/api/v1/ties/{id}/application"),
            edit(POST, "/api/v1/ties/{id}/application/province"),
            admin(POST, "/api/v1/ties/{id}/application/national"),
            edit(POST, "/api/v1/ties/{id}/application/signing"),
            // the exchange ledger (issue 5)
            read("/api/v1/activities/{id}"),
            signedIn(GET, "/api/v1/activities/{id}/files/{fileKey}"),
            read("/api/v1/places/{id}/activities"),
            read("/api/v1/places/{id}/activity"),
            read("/api/v1/places/{id}/activities/export"),
            read("/api/v1/places/{id}/tie-health"),
            read("/api/v1/ties/{id}/activities"),
            edit(POST, "/api/v1/activities"),
            edit(POST, "/api/v1/activities/imports"),
            edit(PUT, "/api/v1/activities/{id}"),
            edit(DELETE, "/api/v1/activities/{id}"),
            edit(POST, "/api/v1/activities/{id}/files"),
            edit(DELETE, "/api/v1/activities/{id}/files/{fileKey}"),
            // analytics and the year-end report (issue 6)
            read("/api/v1/places/{id}/profile"),
            read("/api/v1/places/{id}/strategy"),
            edit(PUT, "/api/v1/places/{id}/strategy"),
            read("/api/v1/places/{id}/report"),
            read("/api/v1/rankings/{level}"),
            read("/api/v1/graph/summary"),
            read("/api/v1/graph/ranking"),
            read("/api/v1/graph/path"),
            read("/api/v1/graph/countries"),
            read("/api/v1/graph/export"),
            read("/api/v1/places/{id}/graph"),
            read("/api/v1/places/{id}/cousins"),
            read("/api/v1/places/{id}/suggestions"),
            read("/api/v1/places/{id}/partner-candidates"),
            read("/api/v1/places/{id}/attributes"),
            edit(PUT, "/api/v1/places/{id}/attributes"),
            read("/api/v1/partner-requests"),
            edit(POST, "/api/v1/partner-requests"),
            read("/api/v1/partner-requests/{id}"),
            edit(DELETE, "/api/v1/partner-requests/{id}"),
            read("/api/v1/partner-requests/{id}/candidates"),
            signedIn(POST, "/api/v1/extract"),
            signedIn(GET, "/api/v1/review"),
            signedIn(GET, "/api/v1/review/{id}"),
            edit(POST, "/api/v1/review"),
            edit(POST, "/api/v1/review/{id}/accept"),
            edit(POST, "/api/v1/review/{id}/reject"),
            signedIn(GET, "/api/v1/me"),
            admin(GET, "/api/v1/audit"),
            admin(GET, "/api/v1/accounts"),
            admin(PUT, "/api/v1/accounts/{id}"));

    /**
     * Static files served by resource handlers, not controllers (the stylesheet, scripts, ECharts, htmx), the
     * container's error page, and the sign-in and sign-out that Spring Security's own filters answer.
     */
    public static final List<String> FILES =
            List.of("/css/**", "/js/**", "/vendor/**", "/webjars/**", "/favicon.ico", "/error");

    private Routes() {}

    /** The rules, those of the most specific patterns first, as Spring's request mapping orders them. */
    static List<Rule> bySpecificity() {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        return RULES.stream()
                .sorted(Comparator.comparing((Rule r) -> parser.parse(r.pattern()), PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
    }

    public static Optional<Rule> of(HttpMethod method, String pattern) {
        return RULES.stream()
                .filter(r -> r.method().equals(method) && r.pattern().equals(pattern))
                .findFirst();
    }

    static Rule read(String pattern) {
        return new Rule(GET, pattern, Access.PUBLIC);
    }

    static Rule signedIn(HttpMethod method, String pattern) {
        return new Rule(method, pattern, Access.SIGNED_IN);
    }

    static Rule edit(HttpMethod method, String pattern) {
        return new Rule(method, pattern, Access.EDITOR);
    }

    static Rule admin(HttpMethod method, String pattern) {
        return new Rule(method, pattern, Access.ADMIN);
    }
}
