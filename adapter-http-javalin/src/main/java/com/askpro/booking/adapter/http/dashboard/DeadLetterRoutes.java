package com.askpro.booking.adapter.http.dashboard;

import com.askpro.booking.application.admin.AdminException;
import com.askpro.booking.application.admin.NotificationAdministration;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.admin.WebhookEventAdministration;
import com.askpro.booking.application.dashboard.DashboardSignIn;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.webhook.WebhookEvent;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dead-letter view's routes: the tenant's dead webhook events and dead messages to customers
 * (source, type, error, attempts), and their replay, one or all, through the same use cases as
 * {@code /api/v1/webhook-events/{id}/replay} and {@code /api/v1/notifications/{id}/replay}.
 * Replaying is a {@code POST}, so {@link DashboardGuard} lets only staff and owners do it.
 */
public final class DeadLetterRoutes implements DashboardRoutes {

    static final String PATH = "/dashboard/api/dead-letters";
    /** Most dead letters of each source listed (and replayed by "replay all") at once. */
    static final int MAX = 100;

    private final WebhookEventAdministration webhooks;
    private final NotificationAdministration notifications;

    /** {@code notifications} null: webhook events only. */
    public DeadLetterRoutes(WebhookEventAdministration webhooks, NotificationAdministration notifications) {
        this.webhooks = webhooks;
        this.notifications = notifications;
    }

    /** One dead letter: {@code source} {@code webhook} (origin {@code retell}/{@code calcom}) or {@code notification}. */
    record DeadLetter(String id, String source, String origin, String type, String error, int attempts, Instant at) {
        static DeadLetter of(WebhookEvent e) {
            return new DeadLetter(
                    e.id().toString(),
                    "webhook",
                    lower(e.source()),
                    e.eventType(),
                    e.lastError(),
                    e.attempts(),
                    e.receivedAt());
        }

        static DeadLetter of(Notification n) {
            return new DeadLetter(
                    n.id().toString(),
                    "notification",
                    lower(n.channel()),
                    lower(n.kind()),
                    n.lastError(),
                    n.attempts(),
                    n.createdAt());
        }
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get(
                PATH, ctx -> DashboardUserRoutes.answer(ctx, 200, () -> Map.of("items", list(principal(ctx)))));
        config.routes.post(
                PATH + "/replay-all", ctx -> DashboardUserRoutes.answer(ctx, 200, () -> replayAll(principal(ctx))));
        config.routes.post(
                PATH + "/{source}/{id}/replay",
                ctx -> DashboardUserRoutes.answer(ctx, 200, () -> {
                    replay(principal(ctx), ctx.pathParam("source"), ctx.pathParam("id"));
                    return Map.of("replayed", 1);
                }));
    }

    private static Principal principal(Context ctx) {
        return DashboardSignIn.principal(DashboardGuard.session(ctx));
    }

    private List<DeadLetter> list(Principal caller) {
        List<DeadLetter> items = new ArrayList<>();
        webhooks.list(caller, "dead", new PageRequest(MAX, null)).items().forEach(e -> items.add(DeadLetter.of(e)));
        if (notifications != null) {
            notifications
                    .list(caller, "dead", new PageRequest(MAX, null))
                    .items()
                    .forEach(n -> items.add(DeadLetter.of(n)));
        }
        items.sort(Comparator.comparing(DeadLetter::at).reversed());
        return items;
    }

    private void replay(Principal caller, String source, String id) {
        switch (source) {
            case "webhook" -> webhooks.replay(caller, id);
            case "notification" -> {
                if (notifications == null) {
                    throw AdminException.notFound("dead letter");
                }
                notifications.replay(caller, id);
            }
            default -> throw AdminException.notFound("dead letter");
        }
    }

    /** Replays every listed dead letter; one that is no longer dead (replayed meanwhile) is counted as skipped. */
    private Map<String, Integer> replayAll(Principal caller) {
        int replayed = 0;
        int skipped = 0;
        for (DeadLetter letter : list(caller)) {
            try {
                replay(caller, letter.source(), letter.id());
                replayed++;
            } catch (AdminException e) {
                skipped++;
            }
        }
        return Map.of("replayed", replayed, "skipped", skipped);
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
