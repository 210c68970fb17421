package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.dashboard.DashboardViews;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.notification.NotificationSettings;
import com.askpro.booking.domain.notification.NotificationStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 19 end to end: calls booked, moved and cancelled over the Retell functions reach the
 * customer as e-mails (an embedded SMTP server, GreenMail, in this JVM) with a calendar entry that
 * an independent iCalendar parser reads, and as SMS (Twilio's API, played by MockWebServer). The
 * server's clock is moved by hand for reminders and retries. On the embedded database here, on
 * PostgreSQL in a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationFlowTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TWILIO_SID = "AC0123456789abcdef0123456789abcdef";
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A clock that stands still until a test moves it. */
    static final class SettableClock extends Clock {
        private final AtomicReference<Instant> now;

        SettableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private final SettableClock clock = new SettableClock(BookingFunctionsFlowTest.NOW);
    private final List<RecordedRequest> sms = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private int smtpPort;
    private GreenMail mail;
    private MockWebServer twilio;
    private RunningServer app;
    private RetellClient retell;
    private String tenantKey;

    /** The database to run on; the embedded one here, PostgreSQL in a subclass. */
    Map<String, String> database() throws Exception {
        return Map.of();
    }

    /** Removes what {@link #database()} created. */
    void dropDatabase() throws Exception {}

    @BeforeAll
    void start() throws Exception {
        mail = startMail(0);
        smtpPort = mail.getSmtp().getPort();
        twilio = new MockWebServer();
        twilio.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                sms.add(request);
                return new MockResponse.Builder()
                        .code(201)
                        .body("{\"sid\":\"SM1\",\"status\":\"queued\"}")
                        .build();
            }
        });
        twilio.start();
        Map<String, String> env = new HashMap<>(database());
        env.put("ASKPRO_SMTP_URL", "smtp://askpro:mail%20pass@127.0.0.1:" + smtpPort);
        env.put("ASKPRO_MAIL_FROM", "Termine <termine@askpro.example>");
        env.put("ASKPRO_TWILIO_ACCOUNT_SID", TWILIO_SID);
        env.put("ASKPRO_TWILIO_AUTH_TOKEN", "twilio-token");
        env.put("ASKPRO_TWILIO_FROM", "+4930555000");
        env.put("ASKPRO_TWILIO_BASE_URL", twilio.url("/").toString());
        app = RunningServer.start(clock, Server.SWEEP_INTERVAL, Files.createTempDirectory("askpro-notify"), env);
        retell = app.retell();
        app.db()
                .notificationPreferences()
                .saveSettings(app.demoTenant(), new NotificationSettings(24, false, "salon@askpro.example"));
        tenantKey = AdminWiring.apiKeys(app.db(), clock)
                .issue(Principal.PLATFORM, app.demo().id(), "tenant_admin", "notifications")
                .secret();
    }

    private static GreenMail startMail(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.setUser("termine@askpro.example", "askpro", "mail pass");
        server.start();
        return server;
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (twilio != null) {
            twilio.close();
        }
        dropDatabase();
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** A fresh caller with a mobile number and an address of their own. */
    private record Person(RetellCaller caller, String email) {}

    private Person person() {
        int n = NEXT.incrementAndGet();
        return new Person(
                RetellCaller.fresh(retell, DEMO_NUMBER), "kunde" + n + "." + System.nanoTime() + "@kunden.example");
    }

    /** A Tuesday at least {@code days} ahead of the server's clock. */
    private LocalDate tuesdayAhead(int days) {
        LocalDate date = clock.instant().atZone(BERLIN).toLocalDate().plusDays(days);
        while (date.getDayOfWeek() != DayOfWeek.TUESDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    private JsonNode book(Person person, LocalDate date, String time) {
        JsonNode booked = person.caller()
                .call(
                        "book_appointment",
                        Map.of(
                                "service",
                                "Haarschnitt",
                                "date",
                                date.toString(),
                                "time",
                                time,
                                "customer_name",
                                "Erika Muster",
                                "customer_email",
                                person.email()));
        assertThat(booked.path("booked").asBoolean()).as("%s", booked).isTrue();
        return booked;
    }

    private List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    to.add(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return to;
    }

    private List<MimeMessage> awaitMails(String address, int count) {
        RunningServer.await(
                count + " mail(s) to " + address, WAIT, () -> mailsTo(address).size() >= count);
        return mailsTo(address);
    }

    private List<Notification> notificationsOf(String appointmentId) {
        AppointmentId id = AppointmentId.parse(appointmentId);
        return app.db()
                .notificationOutbox()
                .forAppointments(app.demoTenant(), List.of(id))
                .getOrDefault(id, List.of());
    }

    private Notification awaitNotification(
            String appointmentId,
            NotificationKind kind,
            Channel channel,
            java.util.function.Predicate<Notification> condition) {
        return RunningServer.awaitValue(
                kind + "/" + channel + " of " + appointmentId,
                WAIT,
                () -> notificationsOf(appointmentId).stream()
                        .filter(n -> n.kind() == kind && n.channel() == channel)
                        .filter(condition)
                        .findFirst());
    }

    private static ICalendar calendarOf(MimeMessage message) throws Exception {
        for (Part part : leaves(message)) {
            if ("invite.ics".equals(part.getFileName())) {
                try (InputStream in = part.getInputStream()) {
                    return Biweekly.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .first();
                }
            }
        }
        throw new AssertionError("no invite.ics in the message");
    }

    private static Optional<ICalendar> optionalCalendarOf(MimeMessage message) throws Exception {
        for (Part part : leaves(message)) {
            if ("invite.ics".equals(part.getFileName())) {
                return Optional.of(calendarOf(message));
            }
        }
        return Optional.empty();
    }

    private static String textOf(MimeMessage message) throws Exception {
        for (Part part : leaves(message)) {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no text part");
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private JsonNode api(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Authorization", "Bearer " + tenantKey)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + " -> " + response.body())
                .isEqualTo(200);
        return json.readTree(response.body());
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    // --- tests -------------------------------------------------------------------------------------

    @Test
    void givenACallerWithAnEmailWhenBookedThenOneEmailInGermanWithAnIcsOfTheBookingInUtc() throws Exception {
        Person person = person();
        LocalDate date = tuesdayAhead(7);
        JsonNode booked = book(person, date, "10:00");

        MimeMessage message = awaitMails(person.email(), 1).get(0);

        assertThat(message.getSubject())
                .startsWith("Terminbestätigung: Haarschnitt")
                .contains("Demo Salon");
        assertThat(message.getReplyTo()[0].toString()).isEqualTo("salon@askpro.example");
        assertThat(textOf(message)).contains("Guten Tag Erika Muster", "Haarschnitt", "10:00 Uhr", "Berlin Mitte");
        ICalendar calendar = calendarOf(message);
        VEvent event = calendar.getEvents().get(0);
        Instant start = date.atTime(10, 0).atZone(BERLIN).toInstant();
        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(event.getUid().getValue())
                .isEqualTo(booked.path("appointment_id").asText() + "@askpro-booking");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(start);
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(start.plus(Duration.ofMinutes(30)));
        assertThat(event.getSummary().getValue()).contains("Haarschnitt").contains("Demo Salon");
        Notification sent = awaitNotification(
                booked.path("appointment_id").asText(),
                NotificationKind.BOOKED,
                Channel.EMAIL,
                n -> n.status() == NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        JsonNode shown = api(
                "GET", "/api/v1/appointments/" + booked.path("appointment_id").asText(), null);
        assertThat(shown.path("notifications").findValuesAsText("status")).contains("sent");
        assertThat(shown.path("notifications").toString()).doesNotContain(person.email());
        DashboardViews dashboard = new DashboardViews(
                app.db().companies(),
                app.db().branches(),
                app.db().services(),
                app.db().staffMembers(),
                app.db().customers(),
                app.db().calls(),
                app.db().appointments(),
                app.db().webhookInbox(),
                app.db().notificationOutbox(),
                clock);
        assertThat(dashboard
                        .appointment(
                                app.demoTenant(),
                                java.util.UUID.fromString(
                                        booked.path("appointment_id").asText()))
                        .orElseThrow()
                        .notice())
                .isEqualTo("sent");
    }

    @Test
    void givenABookingWhenRescheduledAndThenCancelledThenTheSameUidWithSequenceOneAndThenMethodCancel()
            throws Exception {
        Person person = person();
        LocalDate date = tuesdayAhead(8);
        JsonNode booked = book(person, date, "11:00");
        awaitMails(person.email(), 1);

        JsonNode moved = person.caller()
                .callsAgain()
                .call(
                        "reschedule_appointment",
                        Map.of(
                                "appointment_id",
                                booked.path("appointment_id").asText(),
                                "date",
                                date.toString(),
                                "time",
                                "15:00"));
        assertThat(moved.path("rescheduled").asBoolean()).as("%s", moved).isTrue();
        List<MimeMessage> afterMove = awaitMails(person.email(), 2);
        JsonNode cancelled = person.caller()
                .callsAgain()
                .call(
                        "cancel_appointment",
                        Map.of("appointment_id", moved.path("appointment_id").asText()));
        assertThat(cancelled.path("cancelled").asBoolean()).as("%s", cancelled).isTrue();
        List<MimeMessage> all = awaitMails(person.email(), 3);

        String uid = booked.path("appointment_id").asText() + "@askpro-booking";
        VEvent rescheduled = calendarOf(afterMove.get(1)).getEvents().get(0);
        assertThat(afterMove.get(1).getSubject()).startsWith("Termin verschoben");
        assertThat(rescheduled.getUid().getValue()).isEqualTo(uid);
        assertThat(rescheduled.getSequence().getValue()).isEqualTo(1);
        assertThat(rescheduled.getDateStart().getValue().toInstant())
                .isEqualTo(date.atTime(15, 0).atZone(BERLIN).toInstant());
        ICalendar cancel = calendarOf(all.get(2));
        assertThat(all.get(2).getSubject()).startsWith("Termin storniert");
        assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancel.getEvents().get(0).getUid().getValue()).isEqualTo(uid);
        assertThat(cancel.getEvents().get(0).getSequence().getValue()).isEqualTo(2);
        assertThat(mailsTo(person.email())).hasSize(3);
    }

    @Test
    void givenBookingsWithRemindersWhenTheClockPassesTheReminderTimeThenOnlyTheUnchangedAppointmentIsReminded()
            throws Exception {
        Person kept = person();
        Person movedAway = person();
        LocalDate date = tuesdayAhead(14);
        JsonNode keptBooking = book(kept, date, "09:00");
        JsonNode movedBooking = book(movedAway, date, "12:00");
        awaitMails(kept.email(), 1);
        awaitMails(movedAway.email(), 1);
        JsonNode moved = movedAway
                .caller()
                .callsAgain()
                .call(
                        "reschedule_appointment",
                        Map.of(
                                "appointment_id",
                                movedBooking.path("appointment_id").asText(),
                                "date",
                                date.plusDays(1).toString(),
                                "time",
                                "12:00"));
        assertThat(moved.path("rescheduled").asBoolean()).as("%s", moved).isTrue();
        awaitMails(movedAway.email(), 2);

        // past the reminder time of both original bookings (09:00 and 12:00 the day before), not of the replacement's
        Instant movedAwayStart = date.atTime(12, 0).atZone(BERLIN).toInstant();
        clock.advance(Duration.between(
                clock.instant(), movedAwayStart.minus(Duration.ofHours(24)).plusSeconds(60)));

        MimeMessage reminder = awaitMails(kept.email(), 2).get(1);
        assertThat(reminder.getSubject()).startsWith("Erinnerung an Ihren Termin");
        assertThat(optionalCalendarOf(reminder)).isEmpty();
        Notification old = awaitNotification(
                movedBooking.path("appointment_id").asText(),
                NotificationKind.REMINDER,
                Channel.EMAIL,
                n -> n.status() == NotificationStatus.SKIPPED);
        assertThat(old.lastError()).contains("moved");
        assertThat(notificationsOf(moved.path("appointment_id").asText())).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
            assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
        });
        assertThat(mailsTo(movedAway.email())).hasSize(2);
        assertThat(awaitNotification(
                                keptBooking.path("appointment_id").asText(),
                                NotificationKind.REMINDER,
                                Channel.EMAIL,
                                n -> n.status() == NotificationStatus.SENT)
                        .attempts())
                .isEqualTo(1);
    }

    @Test
    void givenTheMailServerIsDownWhenABookingIsMadeThenRetriedAndDeliveredOnceAfterItIsBack() throws Exception {
        Person person = person();
        mail.stop();
        JsonNode booked;
        try {
            booked = book(person, tuesdayAhead(21), "10:00");
            Notification failed = awaitNotification(
                    booked.path("appointment_id").asText(),
                    NotificationKind.BOOKED,
                    Channel.EMAIL,
                    n -> n.attempts() >= 1 && n.lastError() != null);
            assertThat(failed.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(failed.lastError()).contains("mail server").doesNotContain(person.email());
            assertThat(Duration.between(clock.instant(), failed.nextAttemptAt()))
                    .isLessThanOrEqualTo(Duration.ofSeconds(30));
        } finally {
            mail = startMail(smtpPort);
        }

        clock.advance(Duration.ofSeconds(31));
        awaitMails(person.email(), 1);
        Notification sent = awaitNotification(
                booked.path("appointment_id").asText(),
                NotificationKind.BOOKED,
                Channel.EMAIL,
                n -> n.status() == NotificationStatus.SENT);
        clock.advance(Duration.ofMinutes(10));
        Thread.sleep(NotificationWiring.POLL_INTERVAL.multipliedBy(2).toMillis());

        assertThat(sent.attempts()).isGreaterThanOrEqualTo(2);
        assertThat(mailsTo(person.email()))
                .as("delivered once, nothing lost, nothing duplicated")
                .hasSize(1);
        List<JsonNode> messages = messagesOnTheTimeline(person);
        assertThat(messages)
                .extracting(
                        m -> m.path("message").asText() + ":" + m.path("status").asText())
                .containsExactlyInAnyOrder("booked:sent", "reminder:pending");
        JsonNode message = messages.stream()
                .filter(m -> m.path("message").asText().equals("booked"))
                .findFirst()
                .orElseThrow();
        assertThat(message.path("channel").asText()).isEqualTo("email");
        assertThat(message.path("status").asText()).isEqualTo("sent");
        assertThat(message.path("attempts").asInt()).isEqualTo(sent.attempts());
        assertThat(message.path("appointment_id").asText())
                .isEqualTo(booked.path("appointment_id").asText());
        assertThat(message.path("correlation_id").asText()).isEqualTo(sent.id().toString());
        assertThat(message.path("duration_ms").asLong())
                .isGreaterThanOrEqualTo(Duration.ofSeconds(31).toMillis());
        assertThat(message.toString()).doesNotContain(person.email());
    }

    /** The notification entries of the person's call on its debug timeline. */
    private List<JsonNode> messagesOnTheTimeline(Person person) throws Exception {
        String callId = null;
        for (JsonNode call : api("GET", "/api/v1/calls?limit=200", null).path("items")) {
            if (call.path("retell_call_id").asText().equals(person.caller().callId())) {
                callId = call.path("id").asText();
            }
        }
        assertThat(callId).as("the call of %s", person.caller().callId()).isNotNull();
        List<JsonNode> messages = new ArrayList<>();
        api("GET", "/api/v1/calls/" + callId + "/timeline", null)
                .path("entries")
                .forEach(entry -> {
                    if (entry.path("kind").asText().equals("notification")) {
                        messages.add(entry);
                    }
                });
        return messages;
    }

    @Test
    void givenACustomerWhoOptedOutWhenTheyBookAgainThenNoMessageIsWrittenOrSent() throws Exception {
        Person person = person();
        LocalDate date = tuesdayAhead(28);
        JsonNode first = book(person, date, "10:00");
        awaitMails(person.email(), 1);
        String customerId = app.db()
                .customers()
                .findByPhone(app.demoTenant(), person.caller().number())
                .orElseThrow()
                .id()
                .toString();

        JsonNode optedOut = api("PATCH", "/api/v1/customers/" + customerId, "{\"notifications\": false}");
        assertThat(optedOut.path("notifications").asBoolean(true)).isFalse();
        JsonNode second = person.caller()
                .callsAgain()
                .call(
                        "book_appointment",
                        Map.of(
                                "service",
                                "Beratung",
                                "date",
                                date.toString(),
                                "time",
                                "14:00",
                                "customer_name",
                                "Erika Muster"));
        assertThat(second.path("booked").asBoolean()).as("%s", second).isTrue();
        clock.advance(Duration.ofSeconds(1));
        Thread.sleep(NotificationWiring.POLL_INTERVAL.multipliedBy(2).toMillis());

        assertThat(notificationsOf(second.path("appointment_id").asText())).isEmpty();
        assertThat(notificationsOf(first.path("appointment_id").asText()))
                .filteredOn(n -> n.kind() == NotificationKind.REMINDER)
                .isNotEmpty();
        assertThat(mailsTo(person.email())).hasSize(1);
        assertThat(api("GET", "/api/v1/customers/" + customerId, null)
                        .path("notifications")
                        .asBoolean(true))
                .isFalse();
    }

    @Test
    void givenSmsEnabledWhenAMobileAndALandlineCallerBookThenOnlyTheMobileGetsTheDocumentedTwilioRequest()
            throws Exception {
        api(
                "PUT",
                "/api/v1/notification-settings",
                "{\"reminder_hours\": 24, \"sms_enabled\": true," + " \"reply_to\": \"salon@askpro.example\"}");
        try {
            RetellCaller mobile = RetellCaller.fresh(retell, DEMO_NUMBER);
            RetellCaller landline = new RetellCaller(
                    retell, DEMO_NUMBER, "+4930" + (20_000_000 + NEXT.incrementAndGet()), RetellCaller.newCallId());
            LocalDate date = tuesdayAhead(35);
            JsonNode byMobile = mobile.book("Haarschnitt", date.toString(), "10:00", "Mo Bil");
            JsonNode byLandline = landline.book("Haarschnitt", date.toString(), "11:00", "Fest Netz");
            assertThat(byMobile.path("booked").asBoolean()).as("%s", byMobile).isTrue();
            assertThat(byLandline.path("booked").asBoolean())
                    .as("%s", byLandline)
                    .isTrue();

            RecordedRequest request = RunningServer.awaitValue(
                    "an SMS to the mobile caller",
                    WAIT,
                    () -> sms.stream()
                            .filter(r -> form(r.getBody().utf8()).get("To").equals(mobile.from()))
                            .findFirst());
            Map<String, String> form = form(request.getBody().utf8());
            assertThat(request.getUrl().encodedPath())
                    .isEqualTo("/2010-04-01/Accounts/" + TWILIO_SID + "/Messages.json");
            assertThat(request.getHeaders().get("Authorization")).startsWith("Basic ");
            assertThat(form).containsEntry("From", "+4930555000");
            assertThat(form.get("Body")).startsWith("Demo Salon: Termin gebucht: Haarschnitt");
            awaitNotification(
                    byMobile.path("appointment_id").asText(),
                    NotificationKind.BOOKED,
                    Channel.SMS,
                    n -> n.status() == NotificationStatus.SENT);
            assertThat(notificationsOf(byLandline.path("appointment_id").asText()))
                    .isEmpty();
            assertThat(sms).noneMatch(r -> form(r.getBody().utf8()).get("To").equals(landline.from()));
        } finally {
            app.db()
                    .notificationPreferences()
                    .saveSettings(app.demoTenant(), new NotificationSettings(24, false, "salon@askpro.example"));
        }
    }

    @Test
    void
            givenStaffMoveAndThenCancelABookingOnTheDashboardThenTheCallerGetsTheSameUidWithSequenceOneAndThenMethodCancel()
                    throws Exception {
        Person person = person();
        LocalDate date = tuesdayAhead(42);
        JsonNode booked = book(person, date, "09:00");
        awaitMails(person.email(), 1);
        String cookie = dashboardCookie();

        JsonNode moved = dashboardPost(
                "/dashboard/api/calendar/appointments/"
                        + booked.path("appointment_id").asText() + "/move",
                cookie,
                "{\"date\":\"" + date + "\",\"time\":\"13:00\"}");
        String replacement = moved.path("appointment").path("id").asText();
        assertThat(replacement).isNotEqualTo(booked.path("appointment_id").asText());
        List<MimeMessage> afterMove = awaitMails(person.email(), 2);
        dashboardPost(
                "/dashboard/api/calendar/appointments/" + replacement + "/cancel",
                cookie,
                "{\"reason\":\"Salon geschlossen\"}");
        List<MimeMessage> all = awaitMails(person.email(), 3);

        String uid = booked.path("appointment_id").asText() + "@askpro-booking";
        VEvent rescheduled = calendarOf(afterMove.get(1)).getEvents().get(0);
        assertThat(afterMove.get(1).getSubject()).startsWith("Termin verschoben");
        assertThat(calendarOf(afterMove.get(1)).getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(rescheduled.getUid().getValue()).isEqualTo(uid);
        assertThat(rescheduled.getSequence().getValue()).isEqualTo(1);
        assertThat(rescheduled.getDateStart().getValue().toInstant())
                .isEqualTo(date.atTime(13, 0).atZone(BERLIN).toInstant());
        ICalendar cancel = calendarOf(all.get(2));
        assertThat(all.get(2).getSubject()).startsWith("Termin storniert");
        assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancel.getEvents().get(0).getUid().getValue()).isEqualTo(uid);
        assertThat(cancel.getEvents().get(0).getSequence().getValue()).isEqualTo(2);
        Thread.sleep(NotificationWiring.POLL_INTERVAL.multipliedBy(2).toMillis());
        assertThat(mailsTo(person.email())).as("one message per change").hasSize(3);
    }

    @Test
    void givenTheMailServerStaysDownWhenEveryRetryFailsThenTheMessageIsDeadInTheApiAndAReplayDeliversItOnce()
            throws Exception {
        Person person = person();
        mail.stop();
        JsonNode booked;
        Notification dead;
        try {
            booked = book(person, tuesdayAhead(49), "10:00");
            String appointment = booked.path("appointment_id").asText();
            for (int step = 0; step < 20 && !isDead(appointment); step++) {
                clock.advance(Duration.ofMinutes(61));
                Thread.sleep(NotificationWiring.POLL_INTERVAL.multipliedBy(3).toMillis() / 2);
            }
            dead = awaitNotification(
                    appointment, NotificationKind.BOOKED, Channel.EMAIL, n -> n.status() == NotificationStatus.DEAD);
            assertThat(dead.attempts()).isEqualTo(10);
            JsonNode listed = api("GET", "/api/v1/notifications?status=dead&limit=200", null);
            assertThat(listed.path("items").findValuesAsText("id"))
                    .contains(dead.id().toString());
            assertThat(listed.toString()).doesNotContain(person.email());
        } finally {
            mail = startMail(smtpPort);
        }

        JsonNode replayed = api("POST", "/api/v1/notifications/" + dead.id() + "/replay", null);
        assertThat(replayed.path("status").asText()).isEqualTo("pending");
        awaitMails(person.email(), 1);
        awaitNotification(
                booked.path("appointment_id").asText(),
                NotificationKind.BOOKED,
                Channel.EMAIL,
                n -> n.status() == NotificationStatus.SENT);
        Thread.sleep(NotificationWiring.POLL_INTERVAL.multipliedBy(2).toMillis());
        assertThat(mailsTo(person.email()))
                .as("delivered once after the replay")
                .hasSize(1);
        assertThat(api("GET", "/api/v1/notifications/" + dead.id(), null)
                        .path("status")
                        .asText())
                .isEqualTo("sent");
    }

    private boolean isDead(String appointmentId) {
        return notificationsOf(appointmentId).stream()
                .anyMatch(n -> n.kind() == NotificationKind.BOOKED
                        && n.channel() == Channel.EMAIL
                        && n.status() == NotificationStatus.DEAD);
    }

    /** A dashboard session of the demo tenant's admin key. */
    private String dashboardCookie() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/dashboard/session"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://127.0.0.1:" + app.port())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "key=" + java.net.URLEncoder.encode(tenantKey, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    /** A staff action on the dashboard; answers its JSON (200 expected). */
    private JsonNode dashboardPost(String path, String cookie, String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .header("Origin", "http://127.0.0.1:" + app.port())
                        .header("Content-Type", "application/json")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
