/**
 * Clients answering their reminders without signing in: a signed one-time link to confirm or cancel a session
 * (valid until it starts), or a text message (C / X, or SIM / NÃO) to the SMS provider, whose webhook names their
 * next session. A confirmation shows in the front desk's day.
 */
package com.clinicnet.booking.reply;
