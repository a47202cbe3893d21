package org.medsoc.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param issuerUri the OpenID Connect issuer whose tokens are accepted
 * @param jwkSetUri where its signing keys are published; when blank, found by OIDC discovery
 * @param audience the audience a token must be issued for
 * @param clockSkew how much clock difference is tolerated on expiry and not-before
 * @param maxBodySize the largest request body accepted
 * @param maxUploadSize the largest file accepted (a body sent as {@code text/csv}: a roster)
 * @param accessTokenTypes the JOSE header {@code typ} an access token must carry (RFC 9068's {@code
 *     at+jwt} by default); an issuer that sets none on its access tokens is configured with an
 *     empty list, and its ID tokens are then told apart by their claims alone
 * @param rolesClaim the claim that lists the caller's roles ({@code roles} by default)
 * @param societiesClaim the claim that lists the societies a staff member works for ({@code
 *     society_ids} by default)
 */
@ConfigurationProperties("platform.security")
public record SecurityProperties(
    String issuerUri,
    String jwkSetUri,
    String audience,
    Duration clockSkew,
    DataSize maxBodySize,
    DataSize maxUploadSize,
    List<String> accessTokenTypes,
    String rolesClaim,
    String societiesClaim) {

  public SecurityProperties {
    maxUploadSize = maxUploadSize == null ? maxBodySize : maxUploadSize;
    accessTokenTypes = accessTokenTypes == null ? List.of() : List.copyOf(accessTokenTypes);
    rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? Caller.ROLES_CLAIM : rolesClaim;
    societiesClaim =
        societiesClaim == null || societiesClaim.isBlank()
            ? Caller.SOCIETIES_CLAIM
            : societiesClaim;
  }
}
