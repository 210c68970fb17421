package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.calcom.CalcomCalendar;
import com.askpro.booking.adapter.calcom.CalcomConfig;
import com.askpro.booking.adapter.calcom.CalcomWebhookReader;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.booking.CalendarPush;
import com.askpro.booking.application.calendar.BuiltInCalendar;
import com.askpro.booking.application.calendar.CalendarSelector;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The companies' calendars: the built-in one and Cal.com behind one {@link CalendarSelector} (the
 * one place that decides which a company uses), the push that brings an external calendar along,
 * and the reader of Cal.com's webhooks.
 */
record Calendars(
        CalcomCalendar calcom, CalcomWebhookReader calcomWebhooks, CalendarSelector selector, CalendarPush push) {

    private static final Logger LOG = LoggerFactory.getLogger(Calendars.class);

    static Calendars create(
            Config config, Tuning tuning, Clock clock, JdbiPersistence db, Platform platform, Catalog catalog) {
        CalendarMetrics calendarMetrics = new CalendarMetrics(
                TimelineWiring.callTagged(db.apiCallLog()), platform.metrics().registry());
        CalcomConfig calcomConfig = tuning.calcom()
                .apply(CalcomConfig.defaults()
                        .withBaseUrl(config.calcomBaseUrl().toString()));
        CalcomCalendar calcom = new CalcomCalendar(
                calcomConfig,
                calendarMetrics,
                clock,
                () -> Optional.ofNullable(MDC.get(MdcCorrelation.KEY)).orElse("background"));
        calendarMetrics.watchCircuits("calcom", calcom::circuitStates);
        platform.cluster().invalidateAvailability(calcom);
        if (config.calcomWebhookSecret() == null) {
            LOG.warn("ASKPRO_CALCOM_WEBHOOK_SECRET is not set: every Cal.com webhook will be refused (401)");
        }
        CalendarSelector selector = new CalendarSelector(new BuiltInCalendar(catalog.busyTime()), calcom);
        return new Calendars(
                calcom,
                new CalcomWebhookReader(config.calcomWebhookSecret()),
                selector,
                new CalendarPush(selector, db.appointments(), platform.jobs()));
    }
}
