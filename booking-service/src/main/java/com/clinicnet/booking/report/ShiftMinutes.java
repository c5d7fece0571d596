package com.clinicnet.booking.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.ZoneId;
import java.util.stream.Collectors;

import com.clinicnet.workingtime.WorkingCalendar;
import com.clinicnet.workingtime.WorkingInterval;

/**
 * The therapists' shift minutes at each clinic on each of its dates, time off removed. Shifts are worked by the
 * clinic's wall clock ({@link WorkingCalendar}), so on the days the clocks change a shift is as long in real time as
 * it really is: 09:00-17:00 is still 480 minutes, 00:30-02:30 is 60 in Lisbon on 2026-03-29 and 180 on 2026-10-25.
 * Plain Java, no I/O.
 */
final class ShiftMinutes {

    private ShiftMinutes() {
    }

    static Map<ClinicDate, Long> of(ReportPeriod period, List<ReportedClinic> clinics, List<TherapistShifts> therapists) {
        Map<UUID, ZoneId> zones = clinics.stream().collect(Collectors.toMap(ReportedClinic::id, ReportedClinic::timeZone));
        Map<ClinicDate, Long> minutes = new HashMap<>();
        for (TherapistShifts therapist : therapists) {
            List<WorkingInterval> shifts = WorkingCalendar.expand(therapist.schedules(), zones, therapist.timeOff(),
                    period.from(), period.to());
            for (WorkingInterval shift : shifts) {
                if (therapist.clinicIds().contains(shift.clinicId())) {
                    minutes.merge(new ClinicDate(shift.clinicId(), shift.starts().toLocalDate()),
                            shift.length().toMinutes(), Long::sum);
                }
            }
        }
        return minutes;
    }
}
