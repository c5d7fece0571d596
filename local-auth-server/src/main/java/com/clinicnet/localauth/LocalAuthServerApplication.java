package com.clinicnet.localauth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A real OAuth2 authorization server for the local run: it issues signed JWTs (client credentials grant) for demo
 * callers of each ClinicNet role, whose secrets the launcher generates into a file outside version control.
 */
@SpringBootApplication
public class LocalAuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LocalAuthServerApplication.class, args);
    }
}
