package com.clinicnet.benchmarks.booking;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.clinicnet.benchmarks.load.LoadPlan;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/** Clients arriving at the plan's rates, each booking one free slot with a fresh Idempotency-Key. */
public class BookingSimulation extends Simulation {

    static final int CREATED = 201;

    private final LoadPlan plan = LoadPlan.current();

    public BookingSimulation() {
        ScenarioBuilder book = scenario("Book a free slot")
                .feed(plan.requests())
                .exec(plan::markSent)
                .exec(http("POST /sessions").post("/sessions")
                        .header("Authorization", "Bearer #{token}")
                        .header("Idempotency-Key", "#{idempotencyKey}")
                        .body(StringBody("#{body}"))
                        .check(responseTimeInMillis().saveAs("latency"), status().saveAs("status"),
                                status().is(CREATED), jsonPath("$.id").saveAs("id")))
                .exec(session -> plan.record(session, CREATED));
        // a load balancer in front of the service keeps its connections open: the clients share a pool
        setUp(book.injectOpen(plan.injection()))
                .protocols(http.baseUrl(plan.baseUrl()).contentTypeHeader("application/json")
                        .acceptHeader("application/json").shareConnections());
    }

    @Override
    public void before() {
        plan.begin();
    }
}
