package com.askpro.booking.application.notification;

/** A message rendered for one channel: the e-mail or the SMS (the other is null). */
record RenderedMessage(OutgoingEmail email, OutgoingSms sms) {}
