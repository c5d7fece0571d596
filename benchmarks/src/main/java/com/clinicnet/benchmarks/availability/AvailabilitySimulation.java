package com.clinicnet.benchmarks.availability;

import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.clinicnet.benchmarks.load.LoadPlan;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/** Clients arriving at the plan's rates, each searching the city's free slots over 14 days. */
public class AvailabilitySimulation extends Simulation {

    static final int OK = 200;

    private final LoadPlan plan = LoadPlan.current();

    public AvailabilitySimulation() {
        ScenarioBuilder search = scenario("Search a city's free slots")
                .feed(plan.requests())
                .exec(plan::markSent)
                .exec(http("GET /availability").get("#{path}")
                        .header("Authorization", "Bearer #{token}")
                        .check(responseTimeInMillis().saveAs("latency"), status().saveAs("status"), status().is(OK)))
                .exec(session -> plan.record(session, OK));
        setUp(search.injectOpen(plan.injection()))
                .protocols(http.baseUrl(plan.baseUrl()).acceptHeader("application/json").shareConnections());
    }

    @Override
    public void before() {
        plan.begin();
    }
}
