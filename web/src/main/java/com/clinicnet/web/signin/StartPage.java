package com.clinicnet.web.signin;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * After signing in, each person starts where their work is: a client at the search, a front desk at its day, a
 * therapist at their day, an admin at the network, operations at the overview.
 */
@Controller
class StartPage {

    /** In this order: a person with several roles starts at the first of theirs. */
    private static final List<Map.Entry<Role, String>> START = List.of(
            Map.entry(Role.FRONT_DESK, StaffPages.FRONT_DESK),
            Map.entry(Role.THERAPIST, StaffPages.THERAPIST),
            Map.entry(Role.ADMIN, StaffPages.ADMIN),
            Map.entry(Role.OPS, StaffPages.OPERATIONS),
            Map.entry(Role.CLIENT, "/search"));

    @GetMapping(SecurityConfiguration.AFTER_SIGN_IN)
    String start(SignedIn person) {
        return "redirect:" + START.stream().filter(entry -> person.is(entry.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(SecurityConfiguration.NOT_FOUND);
    }

    @GetMapping(SecurityConfiguration.NOT_FOUND)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "not-found";
    }
}
