package com.clinicnet.web.signin;

/** Where each staff role's pages live; the URL rules and the navigation both read them. */
public final class StaffPages {

    public static final String FRONT_DESK = "/front-desk";
    public static final String THERAPIST = "/therapist";
    public static final String ADMIN = "/admin";
    public static final String OPERATIONS = "/operations";

    private StaffPages() {
    }
}
