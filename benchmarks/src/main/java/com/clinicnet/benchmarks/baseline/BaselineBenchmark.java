package com.clinicnet.benchmarks.baseline;

import java.time.Duration;
import java.util.List;

import com.clinicnet.benchmarks.report.BenchmarkReport;
import com.clinicnet.benchmarks.report.Latencies;
import com.clinicnet.benchmarks.report.LineChart;
import com.clinicnet.benchmarks.system.BenchmarkNetwork;
import com.clinicnet.benchmarks.system.BenchmarkedSystem;
import com.clinicnet.benchmarks.system.Scenario;

/**
 * Scenario 1: the raw speed of this machine's PostgreSQL and Kafka, which the services' figures are compared with.
 * {@code ./mvnw -q -pl benchmarks exec:exec@baselines}
 */
public final class BaselineBenchmark {

    private static final List<Integer> CONNECTIONS = List.of(1, 2, 5, RawInsertRate.SERVICE_POOL_SIZE, 20);
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURED = Duration.ofSeconds(15);
    private static final int PIPELINED_RECORDS = 200_000;
    private static final int ONE_AT_A_TIME_RECORDS = 5_000;

    private BaselineBenchmark() {
    }

    public static void main(String[] args) {
        Scenario.run("baselines", BaselineBenchmark::measure);
    }

    private static void measure(BenchmarkedSystem system) throws Exception {
        BenchmarkReport report = BenchmarkReport.of("baselines", "measurement", "load", "per second", "p50 ms", "p99 ms");
        LineChart inserts = new LineChart("postgresql-inserts.png", "Single-row INSERT transactions (session table, "
                + "2 exclusion constraints)", "connections", "committed per second");
        BenchmarkNetwork network = BenchmarkNetwork.of(20, 10);
        for (int connections : CONNECTIONS) {
            RawInsertRate.Result result = new RawInsertRate(system, network).measure(connections, WARM_UP, MEASURED);
            report.row("PostgreSQL INSERT (autocommit)", connections + " connections", result.perSecond(),
                    result.p50Millis(), result.p99Millis());
            inserts.point("PostgreSQL", connections, result.perSecond());
            if (connections == RawInsertRate.SERVICE_POOL_SIZE) {
                report.figure("postgresInsertsPerSecondAtPoolSize", result.perSecond());
            }
        }
        RawProduceRate kafka = new RawProduceRate(system.kafkaBootstrapServers());
        RawProduceRate.Pipelined pipelined = kafka.pipelined(PIPELINED_RECORDS);
        report.row("Kafka produce acks=all idempotent, pipelined", PIPELINED_RECORDS + " x " + kafka.recordBytes() + " B",
                pipelined.perSecond(), "", "");
        Latencies single = kafka.oneAtATime(ONE_AT_A_TIME_RECORDS);
        report.row("Kafka produce acks=all idempotent, one at a time", ONE_AT_A_TIME_RECORDS + " x "
                + kafka.recordBytes() + " B", 1000 / single.p50(), single.p50(), single.p99());
        LineChart produce = new LineChart("kafka-produce-latency.png", "Kafka: one record at a time, acks=all "
                + "(" + kafka.recordBytes() + " B)", "percentile", "ms until acknowledged");
        for (double q : new double[] { 50, 75, 90, 95, 99, 99.9 }) {
            produce.point("acknowledged", q, single.percentile(q / 100));
        }
        report.figure("kafkaRecordsPerSecondPipelined", pipelined.perSecond())
                .figure("kafkaRecordBytes", kafka.recordBytes())
                .figure("kafkaOneAtATimeP99Millis", single.p99())
                .chart(inserts).chart(produce).write();
    }
}
