package com.clinicnet.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * Points a service under test at the shared real servers: its own database (named after the application), the
 * broker, and the test identity provider whose tokens it must validate. Used through {@link ServiceIntegrationTest}.
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String DYNAMIC_TEST_PROPERTIES = "Dynamic Test Properties";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        RealInfrastructure infrastructure = RealInfrastructure.shared();
        String database = context.getEnvironment().getRequiredProperty("spring.application.name").replace('-', '_');
        String brokers = infrastructure.kafkaBootstrapServers();
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        MapPropertySource realInfrastructure = new MapPropertySource("clinicnet-real-infrastructure",
                Map.of("spring.datasource.url", infrastructure.jdbcUrl(database),
                        "spring.datasource.username", infrastructure.username(),
                        "spring.datasource.password", infrastructure.password(),
                        "spring.kafka.bootstrap-servers", brokers,
                        "spring.cloud.stream.kafka.binder.brokers", brokers,
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIdentityProvider.ISSUER,
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                        TestIdentityProvider.shared().jwkSetUri()));
        // a test's @DynamicPropertySource (a database behind a TcpProxy, say) still wins over these
        if (sources.contains(DYNAMIC_TEST_PROPERTIES)) {
            sources.addAfter(DYNAMIC_TEST_PROPERTIES, realInfrastructure);
        }
        else {
            sources.addFirst(realInfrastructure);
        }
    }
}
