package com.clinicnet.web.signin;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/** The realm's roles in the ID token become the authorities the web's URL rules check ({@code ROLE_FRONT_DESK}). */
class RoleAuthorities implements GrantedAuthoritiesMapper {

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new HashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                for (Role role : SignedIn.rolesIn(oidc.getIdToken().getClaim(SignedIn.ROLES))) {
                    mapped.add(new SimpleGrantedAuthority(role.authority()));
                }
            }
        }
        return mapped;
    }
}
