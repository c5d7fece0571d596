package com.clinicnet.platform.replylink;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs reply links as compact JWS (HMAC-SHA256, Nimbus JOSE) and reads them back: a link whose signature does not
 * hold, that was altered, or whose session has started is no link. Plain Java, so both services share one format.
 */
public final class ReplyLinks {

    private static final String SESSION = "sid";
    private static final String ACTION = "act";

    private final MACSigner signer;
    private final MACVerifier verifier;

    public ReplyLinks(String signingKey) {
        byte[] key = signingKey.getBytes(StandardCharsets.UTF_8);
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        }
        catch (JOSEException tooShort) {
            throw new IllegalArgumentException("The reply-link signing key must be at least 32 bytes", tooShort);
        }
    }

    /** The token to put in the link's URL (URL-safe characters only). */
    public String sign(ReplyLink link) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().jwtID(link.id().toString())
                .subject(link.clientId().toString()).claim(SESSION, link.sessionId().toString())
                .claim(ACTION, link.action().name()).expirationTime(Date.from(link.validUntil())).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        }
        catch (JOSEException e) {
            throw new IllegalStateException("A reply link could not be signed", e);
        }
        return jwt.serialize();
    }

    /** The link the token stands for, if it is one of ours and unaltered; whether it is still valid is separate. */
    public Optional<ReplyLink> read(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return Optional.of(new ReplyLink(UUID.fromString(claims.getJWTID()),
                    UUID.fromString(claims.getStringClaim(SESSION)), UUID.fromString(claims.getSubject()),
                    ReplyAction.valueOf(claims.getStringClaim(ACTION)), claims.getExpirationTime().toInstant()));
        }
        catch (ParseException | JOSEException | RuntimeException notOurs) {
            return Optional.empty();
        }
    }

    /** Whether a link read back still works at {@code now}: until its session starts. */
    public static boolean isValidAt(ReplyLink link, Instant now) {
        return now.isBefore(link.validUntil());
    }
}
