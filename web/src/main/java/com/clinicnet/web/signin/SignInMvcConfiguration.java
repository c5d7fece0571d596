package com.clinicnet.web.signin;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.clinicnet.web.WebProperties;
import com.clinicnet.web.services.BookingService;

@Configuration
class SignInMvcConfiguration implements WebMvcConfigurer {

    private final BookingService booking;
    private final WebProperties properties;

    SignInMvcConfiguration(BookingService booking, WebProperties properties) {
        this.booking = booking;
        this.properties = properties;
    }

    /** Named so, it replaces Spring's Accept-Language-only resolver. */
    @Bean
    LocaleResolver localeResolver() {
        return new ClientLocaleResolver(properties);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ProfileOnFirstVisit(booking, localeResolver(), properties))
                .excludePathPatterns("/", "/css/**", "/js/**", "/webjars/**", "/error");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new SignedInArgumentResolver());
    }
}
