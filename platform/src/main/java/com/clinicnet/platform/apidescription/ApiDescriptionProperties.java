package com.clinicnet.platform.apidescription;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service's OpenAPI document says of itself, and where a client developer gets the bearer token it asks for.
 *
 * @param title the service's name for client developers
 * @param version the version of the API (the project's version)
 * @param description what the service does, in the clinic's words
 * @param openIdConfiguration the identity provider's OpenID Connect discovery document
 */
@ConfigurationProperties("clinicnet.api")
public record ApiDescriptionProperties(String title, String version, String description, String openIdConfiguration) {
}
