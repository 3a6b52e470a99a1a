package org.youcheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.youcheng.common.FieldError;
import org.youcheng.common.ValidationException;
import org.youcheng.support.TestAccounts;

/**
 * The rules an account change keeps: every change raises the version (a scope change too), the last enabled admin
 * stays one, a disabled account's tokens die with it, and a password is neither one of the commonest nor longer
 * than bcrypt reads.
 */
abstract class AccountRulesTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    SecurityFixture f;

    @BeforeEach
    void fixture() {
        f = new SecurityFixture(context);
    }

    JsonNode change(long account, String body, int status) throws Exception {
        MvcResult r = mvc.perform(put("/api/v1/accounts/{id}", account)
                        .header("Authorization", "Bearer " + f.tokens.get(SecurityFixture.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
        String text = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as("status; body %s", text).isEqualTo(status);
        return json.readTree(text);
    }

    int me(String token) throws Exception {
        return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void aChangeOfTheScopeAloneRaisesTheVersionSoAStaleOneIsRefused() throws Exception {
        long editor = f.accountId(SecurityFixture.EDITOR);
        JsonNode first = change(editor, "{\"version\":0,\"scope\":[\"371581\"]}", 200);
        assertThat(first.get("version").asInt()).isEqualTo(1);
        JsonNode stale = change(editor, "{\"version\":0,\"scope\":[\"370200\"]}", 409);
        assertThat(stale.get("current").get("scope").toString())
                .contains("CN-371581")
                .doesNotContain("CN-370200");
        // the same scope again changes nothing, so the version stays
        assertThat(change(editor, "{\"version\":1,\"scope\":[\"371581\"]}", 200)
                        .get("version")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aHandedOverPasswordMakesNoTokenUntilTheAccountHasChangedItToAnotherOfItsOwn() throws Exception {
        AccountService accounts = context.getBean(AccountService.class);
        TokenService tokens = context.getBean(TokenService.class);
        char[] handed = "abcd-efgh-jkmn-pqrs-tuvw".toCharArray();
        Account made =
                LocalOperator.call(() -> accounts.add("handed.over", handed.clone(), Role.VIEWER, List.of(), true));
        assertThat(made.handedOver()).isTrue();
        assertThat(LocalOperator.call(() -> accounts.add(
                                "own.choice", "a password of my own".toCharArray(), Role.VIEWER, List.of()))
                        .handedOver())
                .as("a password typed on the command line")
                .isFalse();
        ValidationException noToken = org.junit.jupiter.api.Assertions.assertThrows(
                ValidationException.class, () -> LocalOperator.call(() -> tokens.issue("handed.over", 7, "too early")));
        assertThat(noToken.errors()).extracting(FieldError::code).containsExactly("password_change_first");

        var signedIn = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "handed.over",
                        null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                "ROLE_VIEWER"))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
        try {
            ValidationException wrong = org.junit.jupiter.api.Assertions.assertThrows(
                    ValidationException.class,
                    () -> accounts.changeOwnPassword(
                            "not it at all".toCharArray(), "mine and only mine".toCharArray()));
            assertThat(wrong.errors()).extracting(FieldError::code).containsExactly("wrong_password");
            ValidationException same = org.junit.jupiter.api.Assertions.assertThrows(
                    ValidationException.class, () -> accounts.changeOwnPassword(handed.clone(), handed.clone()));
            assertThat(same.errors()).extracting(FieldError::code).containsExactly("same_password");
            Account changed = accounts.changeOwnPassword(handed.clone(), "mine and only mine".toCharArray());
            assertThat(changed.handedOver()).isFalse();
            assertThat(changed.version()).isEqualTo(made.version() + 1);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(LocalOperator.call(() -> tokens.issue("handed.over", 7, "after"))
                        .secret())
                .startsWith("yc_");
        // an admin's reset hands over a password again
        assertThat(LocalOperator.call(() ->
                                accounts.setPassword("handed.over", "wxyz-2345-6789-abcd-efgh".toCharArray(), true))
                        .handedOver())
                .isTrue();
    }

    @Test
    void theLastEnabledAdminCanNeitherDemoteNorDisableItself() throws Exception {
        long admin = f.accountId(SecurityFixture.ADMIN);
        JsonNode demoted = change(admin, "{\"version\":0,\"role\":\"viewer\"}", 400);
        assertThat(demoted.get("errors").get(0).get("field").asText()).isEqualTo("role");
        assertThat(demoted.get("errors").get(0).get("message").asText()).contains("last");
        JsonNode disabled = change(admin, "{\"version\":0,\"enabled\":false}", 400);
        assertThat(disabled.get("errors").get(0).get("field").asText()).isEqualTo("enabled");
        assertThat(f.db.sql("select role from account where id = :id")
                        .param("id", admin)
                        .query(String.class)
                        .single())
                .isEqualTo("admin");

        // with a second admin, the first may step down
        TestAccounts.token(context, "second-admin", Role.ADMIN);
        assertThat(change(admin, "{\"version\":0,\"role\":\"viewer\"}", 200)
                        .get("role")
                        .asText())
                .isEqualTo("viewer");
    }

    @Test
    void disablingAnAccountRevokesItsTokensSoEnablingItDoesNotReviveThem() throws Exception {
        long editor = f.accountId(SecurityFixture.EDITOR);
        String token = f.tokens.get(SecurityFixture.EDITOR);
        assertThat(me(token)).isEqualTo(200);
        change(editor, "{\"version\":0,\"enabled\":false}", 200);
        assertThat(me(token)).isEqualTo(401);
        change(editor, "{\"version\":1,\"enabled\":true}", 200);
        assertThat(me(token)).isEqualTo(401);
        assertThat(f.db.sql("select count(*) from api_token t join account a on a.id = t.account_id "
                                + "where a.name = :n and t.revoked_at is null")
                        .param("n", SecurityFixture.EDITOR)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theCommonestPasswordsAndPasswordsLongerThanBcryptReadsAreRefused() throws Exception {
        AccountService accounts = context.getBean(AccountService.class);
        for (String common : List.of("password123", "QWERTYUIOP", "1q2w3e4r5t")) {
            assertThat(refusal(() ->
                            accounts.add("common-" + common.length(), common.toCharArray(), Role.VIEWER, List.of())))
                    .as(common)
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly("password", "common_password");
        }
        // 25 Chinese characters are 75 bytes in UTF-8: bcrypt would read only the first 72 of them
        String chinese = "友好城市".repeat(6) + "友";
        assertThat(refusal(() -> accounts.add("long-one", chinese.toCharArray(), Role.VIEWER, List.of())))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly("password", "long_password");
        FieldError tooLong = refusal(() ->
                accounts.setPassword(SecurityFixture.VIEWER, "x".repeat(73).toCharArray()));
        assertThat(tooLong.code()).isEqualTo("long_password");
        assertThat(tooLong.message()).contains("72 字节", "72 bytes", "24 个汉字");
        // 24 Chinese characters (72 bytes) and a long phrase no list holds are fine
        assertThat(LocalOperator.call(() -> accounts.add(
                                "long-enough", chinese.substring(0, 24).toCharArray(), Role.VIEWER, List.of()))
                        .name())
                .isEqualTo("long-enough");
    }

    private static FieldError refusal(ThrowingCall call) {
        try {
            LocalOperator.call(() -> {
                call.run();
                return null;
            });
        } catch (ValidationException e) {
            return e.errors().get(0);
        } catch (Exception e) {
            throw new AssertionError("refused with " + e + " instead of a field error", e);
        }
        throw new AssertionError("accepted");
    }

    interface ThrowingCall {
        void run() throws Exception;
    }
}
