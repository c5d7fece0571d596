package com.clinicnet.booking.reply;

/** How a client replied: a reminder's link, or a text message. */
enum ReplyChannel {
    LINK,
    SMS
}
