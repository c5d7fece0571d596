package com.clinicnet.web.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Operations' overview: each clinic's figures today and over the last days, drawn as charts too (from a small JSON
 * answer, since the page may not carry a script), and the platform's state.
 */
@Controller
class OperationsController {

    private final ClinicReport report;
    private final PlatformState platform;

    OperationsController(ClinicReport report, PlatformState platform) {
        this.report = report;
        this.platform = platform;
    }

    @GetMapping("/operations")
    String overview(Model model) {
        model.addAttribute("report", report.now());
        return "operations/overview";
    }

    @GetMapping("/operations/platform")
    String platform(Model model) {
        model.addAttribute("services", platform.now());
        return "operations/platform";
    }

    /** Sessions per day over the whole network, and each clinic's daily utilisation (null: nobody on shift). */
    record Charts(List<LocalDate> days, List<Long> booked, List<Long> cancelled, List<Long> noShows,
            List<ClinicLine> utilisation) {
    }

    record ClinicLine(String clinicName, List<Double> daily) {
    }

    @GetMapping("/operations/charts")
    @ResponseBody
    Charts charts() {
        ClinicReport.Report now = report.now();
        List<ClinicDayReport> all = now.clinics().stream().flatMap(row -> row.daily().stream()).toList();
        return new Charts(now.dates(), perDay(now.dates(), all, ClinicDayReport::sessionsBooked),
                perDay(now.dates(), all, ClinicDayReport::cancelled), perDay(now.dates(), all, ClinicDayReport::noShows),
                now.clinics().stream().map(row -> {
                    Map<LocalDate, ClinicDayReport> byDay = row.daily().stream()
                            .collect(Collectors.toMap(ClinicDayReport::day, Function.identity(), (a, b) -> a));
                    return new ClinicLine(row.clinicName(), now.dates().stream().map(byDay::get)
                            .map(day -> day == null || day.shiftMinutes() == 0 ? null
                                    : (double) day.bookedMinutes() / day.shiftMinutes())
                            .toList());
                }).toList());
    }

    private static List<Long> perDay(List<LocalDate> dates, List<ClinicDayReport> days, Function<ClinicDayReport, Long> figure) {
        return dates.stream().map(date -> days.stream().filter(day -> Objects.equals(day.day(), date))
                .mapToLong(figure::apply).sum()).toList();
    }
}
