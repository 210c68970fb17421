package com.askpro.booking.adapter.http.api;

import com.askpro.booking.application.admin.UserAdministration;
import com.askpro.booking.domain.access.DashboardUser;
import java.util.List;

/** Routes of the people who sign in to the company's dashboard (docs/dashboard.md, "Users and roles"); never a password hash. */
final class UserRoutes {

    private static final String V1 = "/api/v1";

    private UserRoutes() {}

    record UserRequest(String email, String name, String role, String password, Boolean active) {
        UserAdministration.UserInput input() {
            return new UserAdministration.UserInput(email, name, role, password, active);
        }
    }

    record UserResource(String id, String email, String name, String role, boolean active, String createdAt) {
        static UserResource of(DashboardUser u) {
            return new UserResource(
                    u.id().toString(),
                    u.email(),
                    u.name(),
                    u.role().code(),
                    u.active(),
                    u.createdAt().toString());
        }
    }

    static List<ApiRoute> of(UserAdministration users) {
        return List.of(
                ApiRoute.post(
                        V1 + "/users",
                        c -> Answer.created(UserResource.of(users.create(
                                c.caller(), c.body(UserRequest.class).input())))),
                ApiRoute.get(
                        V1 + "/users",
                        c -> Answer.ok(new ApiResources.ListResource<>(
                                users.list(c.caller()).stream()
                                        .map(UserResource::of)
                                        .toList(),
                                null))),
                ApiRoute.get(V1 + "/users/{id}", c -> Answer.ok(UserResource.of(users.get(c.caller(), c.path("id"))))),
                ApiRoute.patch(
                        V1 + "/users/{id}",
                        c -> Answer.ok(UserResource.of(users.update(
                                c.caller(),
                                c.path("id"),
                                c.body(UserRequest.class).input())))));
    }
}
