package com.clinicnet.therapist.specialty;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class SpecialtyCatalog {

    private final JdbcClient jdbc;

    SpecialtyCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Specialty> all() {
        Map<String, List<String>> concerns = jdbc.sql("SELECT specialty_code, concern FROM specialty_concern ORDER BY concern")
                .query((row, n) -> Map.entry(row.getString("specialty_code"), row.getString("concern")))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT code, name, description FROM specialty ORDER BY code")
                .query((row, n) -> new Specialty(row.getString("code"), row.getString("name"),
                        row.getString("description"), concerns.getOrDefault(row.getString("code"), List.of())))
                .list();
    }

    /** The codes among these that the catalogue does not know. */
    @Transactional(readOnly = true)
    public Set<String> unknownAmong(Collection<String> codes) {
        Set<String> unknown = new HashSet<>(codes);
        jdbc.sql("SELECT code FROM specialty WHERE code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(String.class).list()
                .forEach(unknown::remove);
        return unknown;
    }
}
