package org.medsoc.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param issuerUri the OpenID Connect issuer whose tokens are accepted
 * @param jwkSetUri where its signing keys are published; when blank, found by OIDC discovery
 * @param audience the audience a token must be issued for
 * @param clockSkew how much clock difference is tolerated on expiry and not-before
 * @param maxBodySize the largest request body accepted
 */
@ConfigurationProperties("platform.security")
public record SecurityProperties(
    String issuerUri,
    String jwkSetUri,
    String audience,
    Duration clockSkew,
    DataSize maxBodySize) {}
