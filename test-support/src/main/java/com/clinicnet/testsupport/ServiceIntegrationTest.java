package com.clinicnet.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service started on a random port against the real Kafka and PostgreSQL of {@link RealInfrastructure}.
 * The context is closed after its test class, while the shared broker still runs: a context left for the JVM's
 * exit would wait for a broker that is already gone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
@DirtiesContext
public @interface ServiceIntegrationTest {
}
