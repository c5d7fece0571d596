package com.clinicnet.web.live;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.clinicnet.web.services.ResourceNotFoundException;
import com.clinicnet.web.signin.SignedIn;
import com.clinicnet.web.signin.StaffPages;

/** The stream a front desk's day page listens to: "changed" whenever a session of that clinic changes. */
@Controller
class LiveController {

    private final ClinicDayWatchers watchers;
    private final LiveProperties properties;

    LiveController(ClinicDayWatchers watchers, LiveProperties properties) {
        this.watchers = watchers;
        this.properties = properties;
    }

    @GetMapping(path = StaffPages.FRONT_DESK + "/clinics/{clinicId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter watch(SignedIn desk, @PathVariable UUID clinicId) {
        if (!desk.serves(clinicId)) {
            throw new ResourceNotFoundException("clinic");
        }
        return watchers.watch(clinicId, new SseEmitter(properties.emitterTimeout().toMillis()));
    }
}
