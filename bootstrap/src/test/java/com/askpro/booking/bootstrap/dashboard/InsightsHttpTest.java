package com.askpro.booking.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The insights routes over real HTTP: the charts JSON, the search of calls and appointments
 * (tenancy, masking, paging past 100 calls and 7 days, 422 on bad input, 401/403 without a session
 * or from another site) and the chart library served from the jar with the dashboard's headers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private DashboardServer s;
    private String demoCookie;
    private String otherCookie;

    @BeforeAll
    void start() throws Exception {
        s = new DashboardServer();
        demoCookie = s.cookieOf(s.demoKey);
        otherCookie = s.cookieOf(s.otherKey);
    }

    @AfterAll
    void stop() {
        s.close();
    }

    private HttpResponse<String> search(String kind, String body, String cookie, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(s.uri("/dashboard/api/search/" + kind))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return s.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode searched(String kind, String q, String cursor, String cookie) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("q", q, "cursor", cursor == null ? "" : cursor));
        HttpResponse<String> response = search(kind, body, cookie, s.origin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private Call stored(Company company, PhoneNumber from, Instant at) {
        var db = s.server.persistence();
        var branch = db.branches().list(company.tenant()).get(0);
        Call call = new Call(
                CallId.newId(),
                company.id(),
                branch.id(),
                "call_" + UUID.randomUUID().toString().replace("-", ""),
                CallDirection.INBOUND,
                from,
                PhoneNumber.parse(DashboardServer.OTHER_NUMBER),
                CallStatus.ENDED,
                CallFacts.NONE,
                null,
                Set.of(),
                0,
                at,
                at);
        return db.calls().add(company.tenant(), call).orElseThrow();
    }

    @Test
    void aCallerIsFoundByTheWholeNumberInAnyFormByItsOwnTenantOnlyAndShownMasked() throws Exception {
        PhoneNumber caller = PhoneNumber.parse("+4915144455987");
        Call call = stored(s.demo, caller, Instant.now().minus(Duration.ofDays(20)));
        stored(s.demo, PhoneNumber.parse("+4915144455000"), Instant.now());

        String viewerCookie = s.cookieOf(s.demoReadKey); // a viewer: numbers masked (staff and owners see them in full)
        assertThat(searched("calls", "+4915144455987", null, demoCookie).toString())
                .contains("+4915144455987");
        for (String form : List.of("+4915144455987", "0151 444 55 987", "(0151) 444-55987", "+49 151 44455987")) {
            JsonNode found = searched("calls", form, null, viewerCookie);
            assertThat(found.get("items")).as(form).hasSize(1);
            assertThat(found.get("items").get(0).get("id").asText())
                    .isEqualTo(call.id().value().toString());
            assertThat(found.get("items").get(0).get("caller").asText())
                    .endsWith("987")
                    .doesNotContain("44455");
            assertThat(found.toString()).doesNotContain("4915144455987").doesNotContain("15144455987");
        }
        assertThat(searched("calls", "+4915144455987", null, otherCookie).get("items"))
                .isEmpty();
        assertThat(searched("appointments", "+4915144455987", null, otherCookie).get("items"))
                .isEmpty();
    }

    @Test
    void everythingIsPagedPastTheFirstHundredAndPastSevenDaysWithoutRepeatsAndWithoutTheOtherTenant() throws Exception {
        Set<String> mine = new HashSet<>();
        Instant now = Instant.now();
        for (int i = 0; i < 120; i++) {
            mine.add(stored(s.other, PhoneNumber.parse("+49151777" + (10000 + i)), now.minus(Duration.ofHours(2L * i)))
                    .id()
                    .value()
                    .toString());
        }
        Call demoCall = stored(s.demo, PhoneNumber.parse("+4915177799999"), now);

        assertThat(JSON.readTree(s.get("/dashboard/api/calls", otherCookie).body())
                        .get("items")
                        .size())
                .isLessThanOrEqualTo(100);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = searched("calls", "", cursor, otherCookie);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(50);
            page.get("items").forEach(item -> seen.add(item.get("id").asText()));
            cursor = page.hasNonNull("next_cursor") ? page.get("next_cursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 20);

        assertThat(seen)
                .doesNotHaveDuplicates()
                .containsAll(mine)
                .doesNotContain(demoCall.id().value().toString());
        assertThat(pages).isGreaterThanOrEqualTo(3);
        // the last of them was created ten days ago, beyond the overview's seven days
        assertThat(seen.indexOf(
                        seen.stream().filter(mine::contains).reduce((a, b) -> b).orElseThrow()))
                .isGreaterThan(100);
    }

    @Test
    void badInputIsRefusedWith422AndNeverEchoesANumber() throws Exception {
        List<String> bodies = List.of(
                "{\"q\":\"" + "x".repeat(101) + "\"}",
                "{\"q\":\"Anna\\u0007\"}",
                "{\"q\":\"0151 444\"}",
                "{\"q\":\"+12\"}",
                "{\"q\":\"x\"}",
                "{\"q\":42}",
                "[1,2]",
                "not json",
                "{\"cursor\":\"bm90LWEtY3Vyc29y\"}",
                "{\"cursor\":\"" + "a".repeat(300) + "\"}");
        for (String body : bodies) {
            for (String kind : List.of("calls", "appointments")) {
                HttpResponse<String> response = search(kind, body, demoCookie, s.origin());
                assertThat(response.statusCode()).as(kind + " " + body).isEqualTo(422);
                assertThat(response.body())
                        .contains("\"error\":\"invalid_search\"")
                        .doesNotContain("0151 444");
            }
        }
    }

    @Test
    void searchNeedsASessionAndTheSiteItself() throws Exception {
        assertThat(search("calls", "{}", null, s.origin()).statusCode()).isEqualTo(401);
        assertThat(search("calls", "{}", demoCookie, "http://evil.example").statusCode())
                .isEqualTo(403);
        assertThat(search("appointments", "{}", demoCookie, null).statusCode()).isEqualTo(403);
        assertThat(s.get("/dashboard/api/insights", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theChartsCountTheTenantsOwnCallsOfTodayAndThirtyDays() throws Exception {
        JsonNode before =
                JSON.readTree(s.get("/dashboard/api/insights", demoCookie).body());
        stored(s.demo, PhoneNumber.parse("+4915188811001"), Instant.now());
        stored(s.demo, PhoneNumber.parse("+4915188811002"), Instant.now().minus(Duration.ofDays(3)));
        stored(s.demo, PhoneNumber.parse("+4915188811003"), Instant.now().minus(Duration.ofDays(31)));
        stored(s.other, PhoneNumber.parse("+4915188811004"), Instant.now());

        JsonNode after =
                JSON.readTree(s.get("/dashboard/api/insights", demoCookie).body());
        assertThat(after.get("time_zone").asText()).isEqualTo(s.demo.timeZone().getId());
        assertThat(after.get("days")).hasSize(30);
        assertThat(after.get("hours").size()).isBetween(23, 25);
        assertThat(sum(after.get("hours"), "calls") - sum(before.get("hours"), "calls"))
                .isEqualTo(1);
        assertThat(after.get("calls").asLong() - before.get("calls").asLong()).isEqualTo(2);
        assertThat(after.get("days").get(29).get("day").asText())
                .isEqualTo(after.get("today").asText());
    }

    @Test
    void theChartLibraryComesFromTheJarWithTheDashboardsSecurityHeaders() throws Exception {
        HttpResponse<String> script = s.get("/dashboard/vendor/uplot/dist/uPlot.iife.min.js", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("uPlot");
        assertThat(script.headers().firstValue("Content-Security-Policy"))
                .isEqualTo(s.get("/", null).headers().firstValue("Content-Security-Policy"));
        assertThat(script.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(s.get("/dashboard/vendor/uplot/dist/uPlot.min.css", null).statusCode())
                .isEqualTo(200);
        assertThat(s.get("/", null).body()).contains("src=\"/dashboard/vendor/uplot/dist/uPlot.iife.min.js\"");
    }

    private static long sum(JsonNode list, String field) {
        long total = 0;
        for (JsonNode item : list) {
            total += item.get(field).asLong();
        }
        return total;
    }
}
