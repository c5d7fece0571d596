package com.clinicnet.benchmarks.web;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.clinicnet.benchmarks.system.BenchmarkNetwork;
import com.clinicnet.launcher.OpenIdTokens;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Signed-in clients, all at once, each looping (a closed model) through what a person does to book: the search form,
 * the search (concern and city, with the form's CSRF token), the results page, one of the offered times picked at
 * random, its confirm page and the booking; after a booking, the booked page. Beside the results page each also calls
 * booking-service's GET /availability with the same query directly, to tell the web's share of the page time.
 * Redirects are requests of their own here, as they are for the browser. Gatling instantiates the simulation itself,
 * so the benchmark hands it the plan through {@link #plan(Plan)}.
 */
public class WebPagesSimulation extends Simulation {

    static final String SEARCH_FORM = "GET /search";
    static final String SEARCH = "POST /search";
    static final String RESULTS = "GET /slots";
    static final String AVAILABILITY = "GET /availability (booking-service API)";
    static final String CONFIRM = "GET /book";
    static final String BOOK = "POST /book";
    static final String BOOKED = "GET /sessions/{id}/booked";
    static final List<String> PAGES = List.of(SEARCH_FORM, SEARCH, RESULTS, AVAILABILITY, CONFIRM, BOOK, BOOKED);
    private static final int OK = 200;
    private static final int REDIRECT = 302;

    /**
     * @param webUrl       the web's base URL
     * @param bookingUrl   booking-service's base URL, for the direct API call
     * @param machineToken a machine client's token for that call (the demo client: no intake, like the people)
     * @param clients      the signed-in people
     * @param warmUp       load before the measured part
     * @param measured     the measured part
     * @param searchDays   days the web searches ahead (its clinicnet.web.booking.search-days)
     * @param slotLimit    most slots the web asks for (its clinicnet.web.booking.slot-limit)
     * @param times        where the answers are filed
     */
    record Plan(String webUrl, String bookingUrl, String machineToken, List<SignedInClients.Client> clients,
            Duration warmUp, Duration measured, int searchDays, int slotLimit, PageTimes times) {
    }

    private static volatile Plan current;

    static void plan(Plan plan) {
        current = plan;
    }

    private final Plan plan;

    public WebPagesSimulation() {
        if (current == null) {
            throw new IllegalStateException("A simulation runs only from its benchmark, which makes its plan");
        }
        plan = current;
        List<Map<String, Object>> people = plan.clients().stream()
                .map(client -> Map.<String, Object>of("webSession", client.webSession())).toList();

        ChainBuilder booking = exec(page(CONFIRM, http(CONFIRM).get("#{chosen}"), List.of(OK),
                css("#confirm-form input[name='_csrf']", "value").saveAs("csrf"),
                css("#confirm-form input[name='therapistId']", "value").saveAs("therapistId"),
                css("#confirm-form input[name='clinicId']", "value").saveAs("clinicId"),
                css("#confirm-form input[name='startsAt']", "value").saveAs("startsAt"),
                css("#confirm-form input[name='idempotencyKey']", "value").saveAs("idempotencyKey")))
                .exec(page(BOOK, http(BOOK).post("/book").formParam("therapistId", "#{therapistId}")
                        .formParam("clinicId", "#{clinicId}").formParam("startsAt", "#{startsAt}")
                        .formParam("idempotencyKey", "#{idempotencyKey}").formParam("_csrf", "#{csrf}"),
                        List.of(REDIRECT, OK),
                        header("Location").optional().saveAs("bookedPage"),
                        css("#booking-error p:nth-of-type(2)").optional().saveAs("refusal")))
                .exec(this::outcome)
                .doIf("#{bookedPage.exists()}").then(exec(page(BOOKED, http(BOOKED).get("#{bookedPage}"), List.of(OK))));

        ChainBuilder visit = exec(session -> session.removeAll("csrf", "slots", "chosen", "bookedPage", "refusal"))
                .exec(page(SEARCH_FORM, http(SEARCH_FORM).get("/search"), List.of(OK),
                        css("#search-form input[name='_csrf']", "value").saveAs("csrf")))
                .exec(page(SEARCH, http(SEARCH).post("/search").formParam("concern", BenchmarkNetwork.CONCERN)
                        .formParam("city", BenchmarkNetwork.CITY).formParam("_csrf", "#{csrf}"), List.of(REDIRECT),
                        header("Location").transform(location -> location.endsWith("/slots")).is(true)))
                .exec(page(RESULTS, http(RESULTS).get("/slots"), List.of(OK),
                        css("a.book-slot", "href").findAll().optional().saveAs("slots")))
                .exec(this::availabilityQuery)
                .exec(page(AVAILABILITY, http(AVAILABILITY).get(plan.bookingUrl() + "/availability?#{query}")
                        .header("Authorization", "Bearer " + plan.machineToken())
                        .header("Accept", "application/json"), List.of(OK)))
                .exec(WebPagesSimulation::chooseSlot)
                .doIf("#{chosen.exists()}").then(booking);

        setUp(scenario("Signed-in clients booking through the web")
                .feed(listFeeder(people).queue())
                // each person's web session, as their browser keeps it (for the web's address, the base URL)
                .exec(addCookie(Cookie(SignedInClients.SESSION_COOKIE, "#{webSession}").withPath("/")))
                .during(plan.warmUp().plus(plan.measured())).on(visit)
                .injectOpen(atOnceUsers(people.size())))
                // a browser follows a redirect with a request of its own: here each is measured on its own
                .protocols(http.baseUrl(plan.webUrl()).disableFollowRedirect().acceptHeader("text/html")
                        .disableWarmUp());
    }

    @Override
    public void before() {
        plan.times().measureAfter(plan.warmUp());
    }

    /** One request, its answer filed under the page: response time and status are saved before any other check. */
    private ChainBuilder page(String name, HttpRequestActionBuilder request, List<Integer> expected,
            CheckBuilder... checks) {
        return exec(request.check(responseTimeInMillis().saveAs("latency"), status().saveAs("status"))
                .check(status().in(expected)).check(checks))
                .exec(session -> plan.times().record(name, session, expected));
    }

    /** The query the web sends for the results page: concern and city, from now for its search days. */
    private Session availabilityQuery(Session session) {
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC);
        return session.set("query", OpenIdTokens.formEncoded(Map.of("concern", BenchmarkNetwork.CONCERN,
                "city", BenchmarkNetwork.CITY, "from", from.toString(), "to", from.plusDays(plan.searchDays()).toString(),
                "duration", String.valueOf(BenchmarkNetwork.SESSION_MINUTES), "limit", String.valueOf(plan.slotLimit()))));
    }

    /** A person picks one of the offered times, whichever they like: here one at random. */
    private static Session chooseSlot(Session session) {
        if (!session.contains("slots")) {
            return session;
        }
        List<String> offered = session.getList("slots");
        return offered.isEmpty() ? session
                : session.set("chosen", offered.get(ThreadLocalRandom.current().nextInt(offered.size())));
    }

    /** Booked: redirected to the booked page. Refused: the confirm page again, with the reason. */
    private Session outcome(Session session) {
        if (session.contains("bookedPage") && session.getString("bookedPage").endsWith("/booked")) {
            plan.times().booked();
        }
        else if (session.contains("refusal")) {
            plan.times().refused(session.getString("refusal").strip());
        }
        return session;
    }
}
