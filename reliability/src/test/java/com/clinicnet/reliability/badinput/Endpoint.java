package com.clinicnet.reliability.badinput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.clinicnet.platform.security.Role;

/**
 * One operation of a service as the fuzzer knows it: where it is, who calls it, what it takes, and a base request
 * that is well formed. The base is aimed so that even a request the fuzzer failed to break is refused by the
 * service's own rules (an id that names nothing, a client who is already registered, a session already cancelled, a
 * date in the past): the fuzzer only ever means to send requests that must be refused.
 *
 * @param mayCall the roles the service lets through; empty when any signed-in caller may
 * @param ruleBreaks requests that are well formed but break a rule of this operation, each named
 */
record Endpoint(String service, String method, String template, Function<FuzzTargets, String> caller,
        Set<Role> mayCall, Map<String, Function<FuzzTargets, String>> pathParams, List<QueryParam> query,
        List<Field> body, Function<FuzzTargets, Map<String, Object>> baseBody, boolean idempotencyKey,
        Map<String, RuleBreak> ruleBreaks) {

    /** A well-formed request that breaks a rule of the operation, and the field a 400 must name (or null). */
    record RuleBreak(String field, Consumer<Draft> change) {
    }

    /** A query parameter: its kind and constraints, and its value in the base request (none when absent). */
    record QueryParam(Field field, Function<FuzzTargets, String> base) {
    }

    static Builder at(String service, String method, String template) {
        return new Builder(service, method, template);
    }

    String key() {
        return service + " " + method + " " + template;
    }

    boolean hasBody() {
        return !body.isEmpty();
    }

    /** The base request, before anything is broken. */
    Draft draft(FuzzTargets targets) {
        Map<String, String> path = new LinkedHashMap<>();
        pathParams.forEach((name, value) -> path.put(name, value.apply(targets)));
        Map<String, String> parameters = new LinkedHashMap<>();
        query.stream().filter(param -> param.base() != null)
                .forEach(param -> parameters.put(param.field().name(), param.base().apply(targets)));
        return new Draft(this, caller.apply(targets), path, parameters,
                hasBody() ? Json.deepCopy(baseBody.apply(targets)) : null);
    }

    static final class Builder {

        private final String service;
        private final String method;
        private final String template;
        private Function<FuzzTargets, String> caller = FuzzTargets::admin;
        private Set<Role> mayCall = Set.of();
        private final Map<String, Function<FuzzTargets, String>> pathParams = new LinkedHashMap<>();
        private final List<QueryParam> query = new ArrayList<>();
        private List<Field> body = List.of();
        private Function<FuzzTargets, Map<String, Object>> baseBody = targets -> Map.of();
        private boolean idempotencyKey;
        private final Map<String, RuleBreak> ruleBreaks = new LinkedHashMap<>();

        private Builder(String service, String method, String template) {
            this.service = service;
            this.method = method;
            this.template = template;
        }

        Builder as(Function<FuzzTargets, String> token) {
            this.caller = token;
            return this;
        }

        Builder onlyFor(Role... roles) {
            this.mayCall = Set.of(roles);
            return this;
        }

        Builder path(String name, Function<FuzzTargets, String> base) {
            pathParams.put(name, base);
            return this;
        }

        Builder query(Field field, Function<FuzzTargets, String> base) {
            query.add(new QueryParam(field, base));
            return this;
        }

        Builder query(Field field) {
            return query(field, null);
        }

        Builder body(Function<FuzzTargets, Map<String, Object>> base, Field... fields) {
            this.baseBody = base;
            this.body = List.of(fields);
            return this;
        }

        Builder idempotencyKey() {
            this.idempotencyKey = true;
            return this;
        }

        Builder ruleBreak(String description, String field, Consumer<Draft> change) {
            ruleBreaks.put(description, new RuleBreak(field, change));
            return this;
        }

        Endpoint build() {
            // insertion order kept, so that a seed replays the same requests
            return new Endpoint(service, method, template, caller, mayCall,
                    Collections.unmodifiableMap(pathParams), List.copyOf(query), body, baseBody, idempotencyKey,
                    Collections.unmodifiableMap(ruleBreaks));
        }
    }
}
