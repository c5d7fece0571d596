package com.clinicnet.localauth;

import java.util.List;

/**
 * A demo caller: the OAuth2 client id and secret it authenticates with, and the identity its tokens carry.
 *
 * @param subject the token's subject: a client's or a therapist's id for those roles
 * @param clinicIds the clinics a front desk serves
 */
record DemoCaller(String clientId, String secret, String subject, List<String> roles, List<String> clinicIds) {
}
