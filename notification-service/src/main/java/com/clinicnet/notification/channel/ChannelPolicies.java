package com.clinicnet.notification.channel;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** One {@link ChannelPolicy} per channel, from {@code clinicnet.notifications.channels.<channel>}. */
@ConfigurationProperties("clinicnet.notifications")
public record ChannelPolicies(Map<Channel, ChannelPolicy> channels) {

    ChannelPolicy of(Channel channel) {
        ChannelPolicy policy = channels.get(channel);
        if (policy == null) {
            throw new IllegalStateException("No clinicnet.notifications.channels." + channel.name().toLowerCase()
                    + " policy is configured");
        }
        return policy;
    }
}
