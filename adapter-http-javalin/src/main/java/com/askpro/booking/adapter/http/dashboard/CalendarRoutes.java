package com.askpro.booking.adapter.http.dashboard;

import com.askpro.booking.application.booking.OfferedSlot;
import com.askpro.booking.application.dashboard.DashboardAppointment;
import com.askpro.booking.application.dashboard.DashboardCalendar;
import com.askpro.booking.application.dashboard.StaffActionResult;
import com.askpro.booking.application.dashboard.StaffBooksAppointment;
import com.askpro.booking.application.dashboard.StaffCancelsAppointment;
import com.askpro.booking.application.dashboard.StaffMarksAppointment;
import com.askpro.booking.application.dashboard.StaffMovesAppointment;
import com.askpro.booking.domain.access.DashboardSession;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The calendar view's routes: {@code GET /dashboard/api/calendar} (a branch's day or week),
 * {@code GET /dashboard/api/calendar/appointments/{id}} (one appointment with its action trail),
 * and the staff actions {@code POST /dashboard/api/calendar/bookings} and
 * {@code POST /dashboard/api/calendar/appointments/{id}/(move|cancel|confirm|arrived|no-show)}.
 * Every action must come from this very site (Origin check) and is recorded with the session's actor.
 */
public final class CalendarRoutes implements DashboardRoutes {

    private static final String BASE = "/dashboard/api/calendar";

    /** The queries and the staff actions behind these routes. */
    public record UseCases(
            DashboardCalendar calendar,
            DashboardAppointment appointment,
            StaffBooksAppointment book,
            StaffMovesAppointment move,
            StaffCancelsAppointment cancel,
            StaffMarksAppointment marks) {}

    private final DashboardCalendar calendar;
    private final DashboardAppointment appointment;
    private final StaffBooksAppointment book;
    private final StaffMovesAppointment move;
    private final StaffCancelsAppointment cancel;
    private final StaffMarksAppointment marks;

    public CalendarRoutes(UseCases useCases) {
        this.calendar = useCases.calendar();
        this.appointment = useCases.appointment();
        this.book = useCases.book();
        this.move = useCases.move();
        this.cancel = useCases.cancel();
        this.marks = useCases.marks();
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.before(BASE + "/*", ctx -> {
            if (!"GET".equals(ctx.method().name())) {
                DashboardGuard.requireSameOrigin(ctx);
            }
        });
        config.routes.get(BASE, this::view);
        config.routes.get(BASE + "/appointments/{id}", ctx -> withId(ctx, id -> detail(ctx, id)));
        config.routes.post(BASE + "/bookings", this::book);
        config.routes.post(
                BASE + "/appointments/{id}/move",
                ctx -> act(ctx, (session, id) -> {
                    JsonNode body = body(ctx);
                    LocalDate date = date(text(body, "date"));
                    LocalTime time = time(text(body, "time"));
                    if (date == null || time == null) {
                        return new StaffActionResult.Invalid(date == null ? "date" : "time");
                    }
                    return move.move(session.tenant(), actor(session), id, date, time);
                }));
        config.routes.post(
                BASE + "/appointments/{id}/cancel",
                ctx -> act(
                        ctx,
                        (session, id) ->
                                cancel.cancel(session.tenant(), actor(session), id, text(body(ctx), "reason"))));
        config.routes.post(
                BASE + "/appointments/{id}/confirm",
                ctx -> act(ctx, (session, id) -> marks.confirm(session.tenant(), actor(session), id)));
        config.routes.post(
                BASE + "/appointments/{id}/arrived",
                ctx -> act(ctx, (session, id) -> marks.arrived(session.tenant(), actor(session), id)));
        config.routes.post(
                BASE + "/appointments/{id}/no-show",
                ctx -> act(ctx, (session, id) -> marks.noShow(session.tenant(), actor(session), id)));
    }

    /** Who acts, for the trail: the session's user once users exist, its API key until then. */
    static String actor(DashboardSession session) {
        return com.askpro.booking.application.dashboard.DashboardSignIn.principal(session)
                .actor(); // api_key:<id> or user:<id>
    }

    private void view(Context ctx) {
        UUID branch = uuid(ctx.queryParam("branch"));
        String fromText = ctx.queryParam("from");
        LocalDate from = date(fromText);
        String daysText = Optional.ofNullable(ctx.queryParam("days")).orElse("1");
        if ((ctx.queryParam("branch") != null && branch == null)
                || (fromText != null && from == null)
                || !daysText.matches("[1-7]")) {
            invalid(
                    ctx,
                    ctx.queryParam("branch") != null && branch == null
                            ? "branch"
                            : fromText != null && from == null ? "from" : "days");
            return;
        }
        calendar.of(session(ctx).tenant(), branch, from, Integer.parseInt(daysText))
                .ifPresentOrElse(view -> DashboardJson.answer(ctx, view), () -> notFound(ctx));
    }

    private void detail(Context ctx, UUID id) {
        appointment
                .of(session(ctx).tenant(), id)
                .ifPresentOrElse(d -> DashboardJson.answer(ctx, d), () -> notFound(ctx));
    }

    private void book(Context ctx) {
        JsonNode body = body(ctx);
        if (body == null) {
            invalid(ctx, "body");
            return;
        }
        String branchText = text(body, "branch");
        UUID branch = uuid(branchText);
        LocalDate date = date(text(body, "date"));
        LocalTime time = time(text(body, "time"));
        if (branch == null || date == null || time == null || text(body, "service") == null) {
            invalid(ctx, branch == null ? "branch" : date == null ? "date" : time == null ? "time" : "service");
            return;
        }
        DashboardSession session = session(ctx);
        answer(
                ctx,
                session,
                book.book(
                        session.tenant(),
                        actor(session),
                        new StaffBooksAppointment.Booking(
                                branch,
                                text(body, "service"),
                                text(body, "staff"),
                                date,
                                time,
                                text(body, "customer_name"),
                                text(body, "phone"),
                                text(body, "notes"))),
                HttpStatus.CREATED);
    }

    private void act(Context ctx, BiFunction<DashboardSession, UUID, StaffActionResult> action) {
        withId(ctx, id -> answer(ctx, session(ctx), action.apply(session(ctx), id), HttpStatus.OK));
    }

    private void answer(Context ctx, DashboardSession session, StaffActionResult result, HttpStatus success) {
        if (result instanceof StaffActionResult.Done done) {
            ctx.status(success);
            appointment
                    .of(session.tenant(), done.appointment().id().value())
                    .ifPresentOrElse(d -> DashboardJson.answer(ctx, d), () -> notFound(ctx));
        } else if (result instanceof StaffActionResult.Refused refused) {
            ctx.status(HttpStatus.CONFLICT);
            DashboardJson.answer(
                    ctx,
                    new Refusal(
                            refused.code(),
                            refused.message(),
                            refused.alternatives().stream().map(Alternative::of).toList()));
        } else if (result instanceof StaffActionResult.Invalid invalid) {
            invalid(ctx, invalid.field());
        } else {
            notFound(ctx);
        }
    }

    record Refusal(String error, String message, List<Alternative> alternatives) {}

    record Alternative(Instant start, Instant end, String staff) {
        static Alternative of(OfferedSlot slot) {
            return new Alternative(slot.slot().start(), slot.slot().end(), slot.staff());
        }
    }

    private static void withId(Context ctx, java.util.function.Consumer<UUID> then) {
        UUID id = uuid(ctx.pathParam("id"));
        if (id == null) {
            notFound(ctx);
        } else {
            then.accept(id);
        }
    }

    private static DashboardSession session(Context ctx) {
        return DashboardGuard.session(ctx);
    }

    private static JsonNode body(Context ctx) {
        return DashboardJson.object(ctx);
    }

    private static String text(JsonNode body, String field) {
        if (body == null) {
            return null;
        }
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank()
                ? null
                : value.asText().strip();
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalTime time(String text) {
        try {
            return text == null || !text.matches("[0-2][0-9]:[0-5][0-9]") ? null : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void invalid(Context ctx, String field) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(Map.of("error", "invalid", "field", field));
    }

    private static void notFound(Context ctx) {
        ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "not_found"));
    }
}
