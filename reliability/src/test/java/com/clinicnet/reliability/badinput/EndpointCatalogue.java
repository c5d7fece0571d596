package com.clinicnet.reliability.badinput;

import static com.clinicnet.reliability.badinput.Field.bool;
import static com.clinicnet.reliability.badinput.Field.code;
import static com.clinicnet.reliability.badinput.Field.constant;
import static com.clinicnet.reliability.badinput.Field.date;
import static com.clinicnet.reliability.badinput.Field.element;
import static com.clinicnet.reliability.badinput.Field.email;
import static com.clinicnet.reliability.badinput.Field.instant;
import static com.clinicnet.reliability.badinput.Field.integer;
import static com.clinicnet.reliability.badinput.Field.list;
import static com.clinicnet.reliability.badinput.Field.object;
import static com.clinicnet.reliability.badinput.Field.pattern;
import static com.clinicnet.reliability.badinput.Field.text;
import static com.clinicnet.reliability.badinput.Field.time;
import static com.clinicnet.reliability.badinput.Field.uuid;
import static com.clinicnet.reliability.badinput.Field.zone;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinicnet.platform.security.Role;

/**
 * Every operation of the three services, with the fields and parameters their request records and controllers
 * declare, and a base request aimed so that the service refuses it even unbroken (see {@link Endpoint}). Kept in
 * step with the services by {@code BadInputFuzzTests}, which compares it with each service's OpenAPI document.
 */
final class EndpointCatalogue {

    static final String THERAPIST_SERVICE = "therapist-service";
    static final String BOOKING_SERVICE = "booking-service";
    static final String NOTIFICATION_SERVICE = "notification-service";

    private static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");
    private static final List<String> CONDITIONS = List.of("PREGNANCY", "LOSS_OF_BLADDER_OR_BOWEL_CONTROL",
            "SADDLE_NUMBNESS", "FEVER_WITH_BACK_PAIN", "RECENT_SERIOUS_FALL_OR_ACCIDENT", "UNEXPLAINED_WEIGHT_LOSS",
            "HIGH_BLOOD_PRESSURE", "RECENT_SURGERY");
    private static final String LANGUAGE = "[a-z]{2}";
    private static final String PHONE = "\\+[1-9][0-9]{6,14}";
    private static final String NOTIFICATION_STATE = "PENDING|SENT|FAILED|CANCELLED|SKIPPED";

    private EndpointCatalogue() {
    }

    static List<Endpoint> all() {
        List<Endpoint> all = new ArrayList<>(therapistService());
        all.addAll(bookingService());
        all.addAll(notificationService());
        return List.copyOf(all);
    }

    private static List<Endpoint> therapistService() {
        String service = THERAPIST_SERVICE;
        return List.of(
                Endpoint.at(service, "GET", "/specialties").as(t -> t.anyone(1)).build(),
                // LOWER_BACK is in the catalogue already: a well-formed request is a 409
                Endpoint.at(service, "POST", "/specialties").onlyFor(Role.ADMIN)
                        .body(t -> map("code", "LOWER_BACK", "name", "Lower back", "description", "Lumbar pain",
                                        "addressesConcerns", new ArrayList<>(List.of("LOWER_BACK_PAIN"))),
                                code("code").required(), text("name", 100).required(),
                                text("description", 500).required(),
                                list("addressesConcerns", element(code("")), 1, 20).required())
                        .build(),
                Endpoint.at(service, "GET", "/clinics").as(t -> t.anyone(2)).query(text("city", -1)).build(),
                Endpoint.at(service, "POST", "/clinics").onlyFor(Role.ADMIN).body(t -> clinic(), clinicFields())
                        .build(),
                Endpoint.at(service, "PUT", "/clinics/{id}").onlyFor(Role.ADMIN).path("id", t -> Field.randomId())
                        .body(t -> clinic(), clinicFields()).build(),
                Endpoint.at(service, "GET", "/clinics/{id}").as(t -> t.anyone(3)).path("id", t -> t.clinic.toString())
                        .build(),
                Endpoint.at(service, "GET", "/clinics/{id}/closures").as(t -> t.anyone(3))
                        .path("id", t -> t.clinic.toString()).build(),
                // a clinic nobody knows: a well-formed closure is a 404 and closes nothing
                Endpoint.at(service, "POST", "/clinics/{id}/closures").onlyFor(Role.ADMIN)
                        .path("id", t -> Field.randomId())
                        .body(t -> map("date", "2031-02-03", "name", "Holiday"), date("date").required(),
                                text("name", 100).required())
                        .build(),
                Endpoint.at(service, "DELETE", "/clinics/{id}/closures/{date}").onlyFor(Role.ADMIN)
                        .path("id", t -> Field.randomId()).path("date", t -> "2031-02-03").build(),
                Endpoint.at(service, "GET", "/therapists").as(t -> t.anyone(4))
                        .query(uuid("clinicId"), t -> t.clinic.toString()).query(code("specialty"))
                        .query(integer("minLevel", 1, 3)).build(),
                // a clinic that does not exist: a well-formed request is a 422
                Endpoint.at(service, "POST", "/therapists").onlyFor(Role.ADMIN).body(t -> therapist(), therapistFields())
                        .build(),
                Endpoint.at(service, "GET", "/therapists/{id}").as(t -> t.anyone(5))
                        .path("id", t -> t.therapist.toString()).build(),
                Endpoint.at(service, "PUT", "/therapists/{id}").onlyFor(Role.ADMIN)
                        .path("id", t -> t.therapist.toString()).body(t -> therapist(), therapistFields()).build(),
                Endpoint.at(service, "POST", "/therapists/{id}/deactivation").onlyFor(Role.ADMIN)
                        .path("id", t -> Field.randomId()).build(),
                Endpoint.at(service, "DELETE", "/therapists/{id}").onlyFor(Role.ADMIN)
                        .path("id", t -> Field.randomId()).build(),
                // a schedule that starts in the past: a well-formed request is a 422
                Endpoint.at(service, "PUT", "/therapists/{id}/shifts").onlyFor(Role.ADMIN)
                        .path("id", t -> t.therapist.toString())
                        .body(t -> map("effectiveFrom", "2020-01-06", "shifts", new ArrayList<>(List.of(map(
                                        "clinicId", t.clinic.toString(), "weekday", "MONDAY", "starts", "09:00",
                                        "ends", "13:00")))),
                                date("effectiveFrom").required(), list("shifts", element(object("",
                                        uuid("clinicId").required(), constant("weekday", WEEKDAYS).required(),
                                        time("starts").required(), time("ends").required())), 0, 50).required())
                        .build(),
                // time off that ends before it starts: a well-formed request is a 422
                Endpoint.at(service, "POST", "/therapists/{id}/time-off").onlyFor(Role.ADMIN, Role.THERAPIST)
                        .path("id", t -> t.therapist.toString())
                        .body(t -> map("from", "2031-02-02T00:00:00Z", "to", "2031-02-01T00:00:00Z",
                                        "reason", "Training"),
                                instant("from").required(), instant("to").required(), text("reason", 500))
                        .build(),
                Endpoint.at(service, "DELETE", "/therapists/{id}/time-off/{timeOffId}")
                        .onlyFor(Role.ADMIN, Role.THERAPIST).path("id", t -> t.therapist.toString())
                        .path("timeOffId", t -> Field.randomId()).build(),
                Endpoint.at(service, "GET", "/therapists/{id}/calendar").as(t -> t.anyone(6))
                        .path("id", t -> t.therapist.toString())
                        .query(date("from").required(), t -> today().toString())
                        .query(date("to").required(), t -> today().plusDays(7).toString())
                        .ruleBreak("a calendar the wrong way round", "to", draft -> {
                            draft.query.put("from", today().plusDays(7).toString());
                            draft.query.put("to", today().toString());
                        })
                        .ruleBreak("a calendar of a year", "to",
                                draft -> draft.query.put("to", today().plusYears(1).toString()))
                        // beyond the four-digit years: refused as a malformed date, the first one named
                        .ruleBreak("a calendar across all of time", "from", draft -> {
                            draft.query.put("from", "-999999999-01-01");
                            draft.query.put("to", "+999999999-12-31");
                        })
                        .build(),
                // a preview changes nothing: a well-formed request is a 200, and every malformed one a refusal
                Endpoint.at(service, "POST", "/therapists/{id}/shifts/preview").onlyFor(Role.ADMIN)
                        .path("id", t -> t.therapist.toString())
                        .query(date("from").required(), t -> today().toString())
                        .query(date("to").required(), t -> today().plusDays(28).toString())
                        .body(t -> map("effectiveFrom", today().plusDays(7).toString(), "shifts", new ArrayList<>(
                                        List.of(map("clinicId", t.clinic.toString(), "weekday", "MONDAY",
                                                "starts", "09:00", "ends", "13:00")))),
                                date("effectiveFrom").required(), list("shifts", element(object("",
                                        uuid("clinicId").required(), constant("weekday", WEEKDAYS).required(),
                                        time("starts").required(), time("ends").required())), 0, 50).required())
                        .ruleBreak("a preview the wrong way round", "to", draft -> {
                            draft.query.put("from", today().plusDays(7).toString());
                            draft.query.put("to", today().toString());
                        })
                        .build(),
                Endpoint.at(service, "GET", "/audit").as(FuzzTargets::ops).onlyFor(Role.OPS, Role.ADMIN)
                        .query(uuid("objectId")).query(integer("limit", 1, 1000), t -> "10").build());
    }

    private static List<Endpoint> bookingService() {
        String service = BOOKING_SERVICE;
        return List.of(
                // another client's plan: a well-formed request is a 422
                Endpoint.at(service, "POST", "/treatment-plans").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK)
                        .body(t -> map("clientId", Field.randomId(), "therapistId", t.therapist.toString(),
                                        "clinicId", t.clinic.toString(), "concern", "LOWER_BACK_PAIN", "sessions", 4,
                                        "intervalDays", 7),
                                uuid("clientId").required(), uuid("therapistId").required(),
                                uuid("clinicId").required(), code("concern").required(),
                                integer("sessions", 1, 52).required(), integer("intervalDays", 1, 90).required())
                        .build(),
                Endpoint.at(service, "GET", "/treatment-plans/{id}").as(FuzzTargets::client)
                        .path("id", t -> Field.randomId()).build(),
                // a plan nobody knows: a well-formed request is a 404
                Endpoint.at(service, "PATCH", "/treatment-plans/{id}").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.THERAPIST, Role.FRONT_DESK).path("id", t -> Field.randomId())
                        .body(t -> map("sessions", 6, "intervalDays", 14), integer("sessions", 1, 52),
                                integer("intervalDays", 1, 90))
                        .build(),
                Endpoint.at(service, "POST", "/treatment-plans/{id}/series").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("id", t -> Field.randomId())
                        .body(t -> map("firstStartsAt", tomorrow() + "T10:00:00Z", "durationMinutes", 60,
                                        "acceptPartial", false),
                                instant("firstStartsAt").required(), integer("durationMinutes").required(),
                                bool("acceptPartial"))
                        .build(),
                Endpoint.at(service, "POST", "/treatment-plans/{id}/end").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.THERAPIST, Role.FRONT_DESK).path("id", t -> Field.randomId())
                        .build(),
                Endpoint.at(service, "GET", "/clients/{clientId}/treatment-plans").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK, Role.OPS).path("clientId", t -> t.client.toString())
                        .build(),
                Endpoint.at(service, "GET", "/audit").as(FuzzTargets::ops).onlyFor(Role.OPS, Role.ADMIN)
                        .query(uuid("objectId")).query(integer("limit", 1, 1000), t -> "10").build(),
                // counts only, no personal data: a well-formed request is a 200
                Endpoint.at(service, "GET", "/reports/clinic-days").as(FuzzTargets::ops).onlyFor(Role.OPS, Role.ADMIN)
                        .query(date("from").required(), t -> today().minusDays(6).toString())
                        .query(date("to").required(), t -> today().toString()).query(uuid("clinicId"))
                        .ruleBreak("a report the wrong way round", "from", draft -> {
                            draft.query.put("from", today().toString());
                            draft.query.put("to", today().minusDays(1).toString());
                        })
                        .ruleBreak("a report of a year", "to",
                                draft -> draft.query.put("from", today().minusYears(1).toString()))
                        .build(),
                // another client's booking: a well-formed request is a 403
                Endpoint.at(service, "POST", "/sessions").as(FuzzTargets::client).onlyFor(Role.CLIENT, Role.FRONT_DESK)
                        .idempotencyKey()
                        .body(t -> map("clientId", Field.randomId(), "therapistId", t.therapist.toString(),
                                        "clinicId", t.clinic.toString(), "startsAt", tomorrow() + "T10:00:00Z",
                                        "durationMinutes", 60, "planId", Field.randomId()),
                                uuid("clientId").required(), uuid("therapistId").required(),
                                uuid("clinicId").required(), instant("startsAt").required(),
                                integer("durationMinutes").required(), uuid("planId"))
                        .build(),
                Endpoint.at(service, "GET", "/sessions/{id}").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.THERAPIST, Role.FRONT_DESK, Role.OPS)
                        .path("id", t -> t.cancelledSession.toString()).build(),
                // the session is cancelled already: a well-formed request is a 409
                Endpoint.at(service, "POST", "/sessions/{id}/cancel").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("id", t -> t.cancelledSession.toString()).build(),
                Endpoint.at(service, "POST", "/sessions/{id}/reschedule").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("id", t -> t.cancelledSession.toString())
                        .body(t -> map("startsAt", tomorrow() + "T11:00:00Z"), instant("startsAt").required())
                        .build(),
                Endpoint.at(service, "POST", "/sessions/{id}/complete").as(FuzzTargets::therapist)
                        .onlyFor(Role.THERAPIST, Role.FRONT_DESK).path("id", t -> t.cancelledSession.toString())
                        .build(),
                Endpoint.at(service, "POST", "/sessions/{id}/no-show").as(FuzzTargets::therapist)
                        .onlyFor(Role.THERAPIST, Role.FRONT_DESK).path("id", t -> t.cancelledSession.toString())
                        .build(),
                // the session is cancelled: a well-formed request is a 409 (anyone but the clinic's desk: 404)
                Endpoint.at(service, "POST", "/sessions/{id}/arrival").as(FuzzTargets::frontDesk)
                        .path("id", t -> t.cancelledSession.toString()).build(),
                // a clinic nobody knows: a well-formed request is a 404 (for every role)
                Endpoint.at(service, "GET", "/clinics/{clinicId}/sessions").as(FuzzTargets::frontDesk)
                        .path("clinicId", t -> Field.randomId())
                        .query(date("date"), t -> today().toString()).query(date("from")).query(date("to"))
                        .ruleBreak("a clinic's week of 40 days", "to", draft -> {
                            draft.query.remove("date");
                            draft.query.put("from", today().toString());
                            draft.query.put("to", today().plusDays(40).toString());
                        })
                        .build(),
                // the session is not disrupted: a well-formed request is a 404
                Endpoint.at(service, "GET", "/sessions/{id}/disruption").as(FuzzTargets::client)
                        .path("id", t -> t.cancelledSession.toString()).build(),
                Endpoint.at(service, "POST", "/sessions/{id}/disruption/alternatives/{rank}").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK)
                        .path("id", t -> t.cancelledSession.toString()).path("rank", t -> "1").build(),
                // a reminder's reply link proves itself: no token needed, one nobody signed is a 404 for anyone
                Endpoint.at(service, "GET", "/replies/{token}").as(FuzzTargets::client)
                        .path("token", t -> "not-a-signed-link").build(),
                Endpoint.at(service, "POST", "/replies/{token}").as(FuzzTargets::client)
                        .path("token", t -> "not-a-signed-link").build(),
                // the SMS provider's webhook: unsigned, every request is a 401 before its body is read
                Endpoint.at(service, "POST", "/sms/replies").as(FuzzTargets::client)
                        .body(t -> map("from", "+351912345678", "text", "C")).build(),
                // a client nobody knows: a well-formed request is a 422 naming clientId
                Endpoint.at(service, "POST", "/waitlist").as(FuzzTargets::client).onlyFor(Role.CLIENT, Role.FRONT_DESK)
                        .body(t -> map("clientId", Field.randomId(), "concern", "LOWER_BACK_PAIN",
                                        "clinicId", t.clinic.toString(),
                                        "weekdays", new ArrayList<>(List.of("TUESDAY", "THURSDAY")),
                                        "earliest", "09:00", "latest", "12:00", "durationMinutes", 60),
                                uuid("clientId").required(), code("concern"), uuid("therapistId"), uuid("clinicId"),
                                text("city", 100), list("weekdays", element(constant("", WEEKDAYS)), 1, 7).required(),
                                time("earliest").required(), time("latest").required(),
                                integer("durationMinutes").required())
                        .build(),
                Endpoint.at(service, "GET", "/clients/{clientId}/waitlist").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("clientId", t -> t.client.toString()).build(),
                // a place in line nobody knows: a well-formed request is a 404
                Endpoint.at(service, "DELETE", "/waitlist/{id}").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("id", t -> Field.randomId()).build(),
                // an offer nobody knows: a well-formed request is a 404
                Endpoint.at(service, "GET", "/waitlist/offers/{id}").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("id", t -> Field.randomId()).build(),
                Endpoint.at(service, "POST", "/waitlist/offers/{id}/take").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("id", t -> Field.randomId()).build(),
                Endpoint.at(service, "POST", "/waitlist/offers/{id}/decline").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("id", t -> Field.randomId()).build(),
                // a clinic nobody knows: its worklist is a 404 (for every role)
                Endpoint.at(service, "GET", "/clinics/{clinicId}/disruptions").as(FuzzTargets::frontDesk)
                        .path("clinicId", t -> Field.randomId()).build(),
                // a therapist nobody knows: a well-formed request is a 404 (for every role)
                Endpoint.at(service, "GET", "/therapists/{therapistId}/sessions").as(FuzzTargets::frontDesk)
                        .path("therapistId", t -> Field.randomId())
                        .query(date("from").required(), t -> today().toString())
                        .query(date("to").required(), t -> today().plusDays(6).toString())
                        .ruleBreak("a therapist's sessions the wrong way round", "to", draft -> {
                            draft.query.put("from", today().plusDays(7).toString());
                            draft.query.put("to", today().toString());
                        })
                        .ruleBreak("a therapist's sessions over 40 days", "to",
                                draft -> draft.query.put("to", today().plusDays(40).toString()))
                        .build(),
                // one character is too little to search: a well-formed request is a 400 naming search
                Endpoint.at(service, "GET", "/clients").as(FuzzTargets::frontDesk).onlyFor(Role.FRONT_DESK)
                        .query(text("search", 100).required(), t -> "x").build(),
                Endpoint.at(service, "GET", "/clients/{clientId}/sessions").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK, Role.OPS).path("clientId", t -> t.client.toString())
                        .build(),
                // the caller is registered already: a well-formed request is a 409
                Endpoint.at(service, "POST", "/clients").as(FuzzTargets::client).onlyFor(Role.CLIENT, Role.FRONT_DESK)
                        .body(t -> client(), clientFields()).build(),
                // another client's profile: a well-formed request is a 404
                Endpoint.at(service, "PUT", "/clients/{id}").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("id", t -> Field.randomId())
                        .body(t -> client(), clientFields()).build(),
                Endpoint.at(service, "DELETE", "/clients/{id}").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("id", t -> Field.randomId()).build(),
                Endpoint.at(service, "GET", "/clients/{id}").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("id", t -> t.client.toString()).build(),
                Endpoint.at(service, "POST", "/clients/{clientId}/intake").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("clientId", t -> Field.randomId())
                        .body(t -> map("concerns", new ArrayList<>(List.of("LOWER_BACK_PAIN")), "painLevel", 4,
                                        "conditions", new ArrayList<>(List.of("HIGH_BLOOD_PRESSURE")),
                                        "injuriesToAvoid", new ArrayList<>(List.of("Left knee"))),
                                list("concerns", element(code("")), 1, 10).required(),
                                integer("painLevel", 0, 10).required(),
                                list("conditions", element(constant("", CONDITIONS)), 0, 20),
                                list("injuriesToAvoid", element(text("", 200)), 0, 20))
                        .build(),
                Endpoint.at(service, "GET", "/clients/{clientId}/intake").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.FRONT_DESK).path("clientId", t -> t.client.toString()).build(),
                Endpoint.at(service, "GET", "/sessions/{id}/intake").as(FuzzTargets::client)
                        .onlyFor(Role.CLIENT, Role.THERAPIST, Role.FRONT_DESK)
                        .path("id", t -> t.cancelledSession.toString()).build(),
                Endpoint.at(service, "GET", "/availability").as(FuzzTargets::client)
                        .query(code("concern")).query(uuid("clinicId"), t -> t.clinic.toString())
                        .query(text("city", 100)).query(instant("from").required(), t -> tomorrow() + "T00:00:00Z")
                        .query(instant("to").required(), t -> tomorrow().plusDays(7) + "T00:00:00Z")
                        .query(integer("duration")).query(uuid("therapistId")).query(uuid("planId")).query(uuid("clientId"))
                        .query(integer("limit", 1, 1000))
                        .ruleBreak("a 45-minute session", "duration", draft -> draft.query.put("duration", "45"))
                        .ruleBreak("a search window of 40 days", "to",
                                draft -> draft.query.put("to", tomorrow().plusDays(40) + "T00:00:00Z"))
                        .ruleBreak("a search that ends before it starts", "to", draft -> {
                            draft.query.put("from", tomorrow().plusDays(7) + "T00:00:00Z");
                            draft.query.put("to", tomorrow() + "T00:00:00Z");
                        })
                        .ruleBreak("a search with neither clinic nor city", "clinicId", draft -> {
                            draft.query.remove("clinicId");
                            draft.query.remove("city");
                        })
                        .ruleBreak("a plan that does not exist", null, draft -> draft.query.put("planId", Field.randomId()))
                        .ruleBreak("a search across all of time", "from", draft -> {
                            draft.query.put("from", "-999999999-01-01T00:00:00+18:00");
                            draft.query.put("to", "+999999999-12-31T23:59:59-18:00");
                        })
                        .build());
    }

    private static List<Endpoint> notificationService() {
        return List.of(Endpoint.at(NOTIFICATION_SERVICE, "GET", "/notifications").as(FuzzTargets::ops)
                .onlyFor(Role.FRONT_DESK, Role.OPS, Role.ADMIN)
                .query(uuid("clientId")).query(uuid("sessionId")).query(pattern("state", NOTIFICATION_STATE))
                .query(integer("limit", 1, 1000), t -> "10").build());
    }

    private static Field[] clinicFields() {
        return new Field[] { text("name", 200).required(), text("city", 100).required(),
                text("address", 300).required(), zone("timeZone").required(),
                integer("treatmentRooms", 1, 100).required(), integer("bufferMinutes", 0, 120).required(),
                integer("lateCancellationNoticeMinutes", 0, 20160), list("sessionTypes", element(integer("")), 1, 3),
                list("openingHours", element(object("", constant("weekday", WEEKDAYS).required(),
                        time("opens").required(), time("closes").required())), 0, 50) };
    }

    private static Map<String, Object> clinic() {
        return map("name", "Fuzzed clinic", "city", "Lisbon", "address", "Rua Augusta 1", "timeZone", "Europe/Lisbon",
                "treatmentRooms", 2, "bufferMinutes", 10, "lateCancellationNoticeMinutes", 1440,
                "sessionTypes", new ArrayList<>(List.of(30, 60)), "openingHours", new ArrayList<>(List.of(map(
                        "weekday", "MONDAY", "opens", "09:00", "closes", "19:00"))));
    }

    private static Field[] therapistFields() {
        return new Field[] { text("name", 200).required(),
                object("credentials", text("licenceNumber", 50).required(), text("issuingBody", 200).required()),
                list("languages", element(pattern("", LANGUAGE)), 0, 10),
                list("clinicIds", element(uuid("")), 1, 20).required(),
                list("specialties", element(object("", code("code").required(),
                        integer("level", 1, 3).required())), 1, 20).required() };
    }

    private static Map<String, Object> therapist() {
        return map("name", "Fuzzed therapist", "credentials", map("licenceNumber", "PT-123", "issuingBody", "ACSS"),
                "languages", new ArrayList<>(List.of("pt", "en")),
                "clinicIds", new ArrayList<>(List.of(Field.randomId())),
                "specialties", new ArrayList<>(List.of(map("code", "LOWER_BACK", "level", 3))));
    }

    private static Field[] clientFields() {
        return new Field[] { text("name", 200).required(), email("email"), pattern("phone", PHONE),
                zone("timeZone").required(), pattern("language", LANGUAGE).required(),
                constant("preferredChannel", List.of("EMAIL", "SMS")).required(),
                object("quietHours", time("from").required(), time("to").required()), bool("remindersOptOut") };
    }

    private static Map<String, Object> client() {
        return map("name", "Fuzzed client", "email", "fuzzed@example.org", "phone", "+351912345678",
                "timeZone", "Europe/Lisbon", "language", "pt", "preferredChannel", "EMAIL",
                "quietHours", map("from", "22:00", "to", "08:00"), "remindersOptOut", false);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static LocalDate tomorrow() {
        return today().plusDays(1);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
