package com.clinicnet.web.layout;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page: what ClinicNet is, and the way to sign in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
