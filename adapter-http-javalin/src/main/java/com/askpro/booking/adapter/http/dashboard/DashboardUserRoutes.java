package com.askpro.booking.adapter.http.dashboard;

import com.askpro.booking.application.admin.AdminException;
import com.askpro.booking.application.admin.UserAdministration;
import com.askpro.booking.application.dashboard.DashboardSignIn;
import com.askpro.booking.domain.access.DashboardUser;
import com.askpro.booking.domain.shared.InvalidValueException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The users page's routes (owner only, enforced by {@link DashboardGuard} for {@code /dashboard/api/users*}):
 * list, create, change and deactivate the company's dashboard users through the same use case as
 * {@code /api/v1/users}; answers never carry a password hash.
 */
public final class DashboardUserRoutes implements DashboardRoutes {

    private final UserAdministration users;

    public DashboardUserRoutes(UserAdministration users) {
        this.users = users;
    }

    record UserBody(String email, String name, String role, String password, Boolean active) {
        UserAdministration.UserInput input() {
            return new UserAdministration.UserInput(email, name, role, password, active);
        }
    }

    record UserRow(String id, String email, String name, String role, boolean active, String createdAt) {
        static UserRow of(DashboardUser u) {
            return new UserRow(
                    u.id().toString(),
                    u.email(),
                    u.name(),
                    u.role().code(),
                    u.active(),
                    u.createdAt().toString());
        }
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get(
                DashboardGuard.USERS,
                ctx -> answer(
                        ctx,
                        200,
                        () -> Map.of(
                                "items",
                                users.list(DashboardSignIn.principal(DashboardGuard.session(ctx))).stream()
                                        .map(UserRow::of)
                                        .toList())));
        config.routes.post(
                DashboardGuard.USERS,
                ctx -> answer(
                        ctx,
                        201,
                        () -> UserRow.of(users.create(
                                DashboardSignIn.principal(DashboardGuard.session(ctx)),
                                body(ctx).input()))));
        config.routes.patch(
                DashboardGuard.USERS + "/{id}",
                ctx -> answer(
                        ctx,
                        200,
                        () -> UserRow.of(users.update(
                                DashboardSignIn.principal(DashboardGuard.session(ctx)),
                                ctx.pathParam("id"),
                                body(ctx).input()))));
    }

    private static UserBody body(Context ctx) {
        UserBody body = DashboardJson.read(ctx, UserBody.class);
        if (body == null) {
            throw new InvalidValueException("body", "must be a JSON object");
        }
        return body;
    }

    /** Runs a use case and answers its result, or its refusal as {@code {error, field, message}}. */
    static void answer(Context ctx, int status, Supplier<Object> work) {
        try {
            Object result = work.get();
            ctx.status(status);
            DashboardJson.answer(ctx, result);
        } catch (InvalidValueException e) {
            refuse(ctx, 422, "invalid", e.field(), e.getMessage());
        } catch (AdminException e) {
            int code = switch (e.kind()) {
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
                case CONFLICT -> 409;
            };
            refuse(ctx, code, e.kind().name().toLowerCase(java.util.Locale.ROOT), e.field(), e.getMessage());
        }
    }

    private static void refuse(Context ctx, int status, String error, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        ctx.status(status);
        DashboardJson.answer(ctx, body);
    }
}
