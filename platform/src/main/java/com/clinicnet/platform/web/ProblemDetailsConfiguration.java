package com.clinicnet.platform.web;

import java.util.Arrays;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.JacksonModule;

/**
 * Every service answers errors as RFC 9457 problem details, the same way: those of its controllers
 * ({@link ProblemDetailsAdvice}), those routed to the error page, and those Tomcat meets before any application
 * does. JSON text that cannot be stored, and dates beyond four-digit years, are refused like any malformed value
 * ({@link StorableText}, {@link CalendarYears}).
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@Import(ProblemDetailsAdvice.class)
public class ProblemDetailsConfiguration {

    @Bean
    JacksonModule storableText() {
        return new StorableText();
    }

    @Bean
    JacksonModule calendarYears() {
        return CalendarYears.module();
    }

    @Bean
    WebMvcConfigurer calendarYearsInParameters() {
        return CalendarYears.parameters();
    }

    /** Takes the place of Spring Boot's BasicErrorController, which backs off when there is one. */
    @Bean
    ProblemDetailsErrorController problemDetailsErrorController() {
        return new ProblemDetailsErrorController();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(StandardHost.class)
    static class TomcatErrorReports {

        /**
         * Runs after Spring Boot's own customizer, which adds a plain ErrorReportValve to the host: that one is
         * taken out, and the host told which class is its error report valve, so it does not add another.
         */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemDetailsErrorReportValve() {
            return new ErrorReportValveReplacement();
        }
    }

    private static final class ErrorReportValveReplacement
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                Arrays.stream(host.getPipeline().getValves()).filter(ErrorReportValve.class::isInstance)
                        .forEach(host.getPipeline()::removeValve);
                Valve valve = new ProblemDetailsErrorReportValve();
                host.getPipeline().addValve(valve);
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemDetailsErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
