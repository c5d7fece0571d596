package com.clinicnet.platform.replylink;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Reply links, for the services given a signing key (the one that sends reminders and the one that owns sessions). */
@AutoConfiguration
@ConditionalOnProperty("clinicnet.reply-links.signing-key")
@EnableConfigurationProperties(ReplyLinkProperties.class)
public class ReplyLinkConfiguration {

    @Bean
    ReplyLinks replyLinks(ReplyLinkProperties properties) {
        return new ReplyLinks(properties.signingKey());
    }
}
