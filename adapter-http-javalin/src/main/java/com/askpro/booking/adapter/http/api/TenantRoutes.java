package com.askpro.booking.adapter.http.api;

import com.askpro.booking.adapter.http.api.ApiRequests.BranchRequest;
import com.askpro.booking.adapter.http.api.ApiRequests.PhoneNumberRequest;
import com.askpro.booking.adapter.http.api.ApiRequests.ServiceRequest;
import com.askpro.booking.adapter.http.api.ApiRequests.StaffRequest;
import com.askpro.booking.adapter.http.api.ApiResources.AppointmentResource;
import com.askpro.booking.adapter.http.api.ApiResources.BranchResource;
import com.askpro.booking.adapter.http.api.ApiResources.CallResource;
import com.askpro.booking.adapter.http.api.ApiResources.CustomerResource;
import com.askpro.booking.adapter.http.api.ApiResources.PhoneNumberResource;
import com.askpro.booking.adapter.http.api.ApiResources.ServiceResource;
import com.askpro.booking.adapter.http.api.ApiResources.StaffResource;
import com.askpro.booking.adapter.http.api.ApiResources.WebhookEventResource;
import com.askpro.booking.application.admin.ActivityQueries;
import com.askpro.booking.application.admin.BranchAdministration;
import com.askpro.booking.application.admin.NotificationAdministration;
import com.askpro.booking.application.admin.PhoneNumberAdministration;
import com.askpro.booking.application.admin.ServiceAdministration;
import com.askpro.booking.application.admin.StaffAdministration;
import com.askpro.booking.application.admin.WebhookEventAdministration;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.port.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Routes of a tenant's own data; the use cases scope every call to the key's company. */
final class TenantRoutes {

    private static final String V1 = "/api/v1";

    private TenantRoutes() {}

    static List<ApiRoute> of(
            BranchAdministration branches,
            PhoneNumberAdministration numbers,
            ServiceAdministration services,
            StaffAdministration staff,
            ActivityQueries activity,
            WebhookEventAdministration webhooks,
            NotificationAdministration notifications) {
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.post(
                V1 + "/branches",
                c -> Answer.created(BranchResource.of(
                        branches.create(c.caller(), c.body(BranchRequest.class).input())))));
        routes.add(ApiRoute.get(
                V1 + "/branches",
                c -> Answer.ok(ApiResources.list(branches.list(c.caller(), c.page()), BranchResource::of))));
        routes.add(ApiRoute.get(
                V1 + "/branches/{id}", c -> Answer.ok(BranchResource.of(branches.get(c.caller(), c.path("id"))))));
        routes.add(ApiRoute.patch(
                V1 + "/branches/{id}",
                c -> Answer.ok(BranchResource.of(branches.update(
                        c.caller(), c.path("id"), c.body(BranchRequest.class).input())))));
        routes.add(ApiRoute.delete(
                V1 + "/branches/{id}",
                c -> Answer.ok(BranchResource.of(branches.deactivate(c.caller(), c.path("id"))))));

        routes.add(ApiRoute.post(V1 + "/phone-numbers", c -> {
            PhoneNumberRequest request = c.body(PhoneNumberRequest.class);
            return Answer.created(
                    PhoneNumberResource.of(numbers.create(c.caller(), request.number(), request.branchId())));
        }));
        routes.add(ApiRoute.get(
                V1 + "/phone-numbers",
                c -> Answer.ok(ApiResources.list(numbers.list(c.caller(), c.page()), PhoneNumberResource::of))));
        routes.add(ApiRoute.get(
                V1 + "/phone-numbers/{id}",
                c -> Answer.ok(PhoneNumberResource.of(numbers.get(c.caller(), c.path("id"))))));
        routes.add(ApiRoute.delete(V1 + "/phone-numbers/{id}", c -> {
            numbers.remove(c.caller(), c.path("id"));
            return Answer.noContent();
        }));

        routes.add(ApiRoute.post(
                V1 + "/services",
                c -> Answer.created(ServiceResource.of(
                        services.create(c.caller(), c.body(ServiceRequest.class).input())))));
        routes.add(ApiRoute.get(
                V1 + "/services",
                c -> Answer.ok(ApiResources.list(services.list(c.caller(), c.page()), ServiceResource::of))));
        routes.add(ApiRoute.get(
                V1 + "/services/{id}", c -> Answer.ok(ServiceResource.of(services.get(c.caller(), c.path("id"))))));
        routes.add(ApiRoute.patch(
                V1 + "/services/{id}",
                c -> Answer.ok(ServiceResource.of(services.update(
                        c.caller(), c.path("id"), c.body(ServiceRequest.class).input())))));
        routes.add(ApiRoute.delete(
                V1 + "/services/{id}",
                c -> Answer.ok(ServiceResource.of(services.deactivate(c.caller(), c.path("id"))))));

        routes.add(ApiRoute.post(
                V1 + "/staff",
                c -> Answer.created(StaffResource.of(
                        staff.create(c.caller(), c.body(StaffRequest.class).input())))));
        routes.add(ApiRoute.get(
                V1 + "/staff", c -> Answer.ok(ApiResources.list(staff.list(c.caller(), c.page()), StaffResource::of))));
        routes.add(ApiRoute.get(
                V1 + "/staff/{id}", c -> Answer.ok(StaffResource.of(staff.get(c.caller(), c.path("id"))))));
        routes.add(ApiRoute.patch(
                V1 + "/staff/{id}",
                c -> Answer.ok(StaffResource.of(staff.update(
                        c.caller(), c.path("id"), c.body(StaffRequest.class).input())))));
        routes.add(ApiRoute.delete(
                V1 + "/staff/{id}", c -> Answer.ok(StaffResource.of(staff.deactivate(c.caller(), c.path("id"))))));

        routes.add(ApiRoute.get(
                V1 + "/customers",
                c -> Answer.ok(ApiResources.list(
                        activity.customers(c.caller(), c.page()),
                        customer -> CustomerResource.of(
                                customer, notifications.wantsNotifications(c.caller(), customer.id()))))));
        routes.add(ApiRoute.get(V1 + "/customers/{id}", c -> {
            Customer customer = activity.customer(c.caller(), c.path("id"));
            return Answer.ok(
                    CustomerResource.of(customer, notifications.wantsNotifications(c.caller(), customer.id())));
        }));
        routes.add(ApiRoute.patch(V1 + "/customers/{id}", c -> {
            Boolean wanted =
                    c.body(NotificationRoutes.CustomerPreferenceRequest.class).notifications();
            if (wanted == null) {
                throw ApiProblem.invalid(422, "notifications", "is required (true or false)");
            }
            notifications.setWantsNotifications(c.caller(), c.path("id"), wanted);
            Customer customer = activity.customer(c.caller(), c.path("id"));
            return Answer.ok(
                    CustomerResource.of(customer, notifications.wantsNotifications(c.caller(), customer.id())));
        }));
        routes.add(ApiRoute.get(V1 + "/appointments", c -> {
            Page<Appointment> page = activity.appointments(c.caller(), filter(c), c.page());
            Map<AppointmentId, List<Notification>> sent = notifications.ofAppointments(
                    c.caller(), page.items().stream().map(Appointment::id).toList());
            return Answer.ok(ApiResources.list(
                    page, a -> AppointmentResource.of(a, sent.getOrDefault(a.id(), List.of()))));
        }));
        routes.add(ApiRoute.get(V1 + "/appointments/{id}", c -> {
            Appointment appointment = activity.appointment(c.caller(), c.path("id"));
            return Answer.ok(AppointmentResource.of(
                    appointment,
                    notifications
                            .ofAppointments(c.caller(), List.of(appointment.id()))
                            .getOrDefault(appointment.id(), List.of())));
        }));
        routes.add(ApiRoute.get(
                V1 + "/calls",
                c -> Answer.ok(ApiResources.list(activity.calls(c.caller(), filter(c), c.page()), CallResource::of))));
        routes.add(ApiRoute.get(
                V1 + "/calls/{id}", c -> Answer.ok(CallResource.of(activity.call(c.caller(), c.path("id"))))));

        routes.add(ApiRoute.get(
                V1 + "/webhook-events",
                c -> Answer.ok(ApiResources.list(
                        webhooks.list(c.caller(), c.query("status"), c.page()), WebhookEventResource::of))));
        routes.add(ApiRoute.get(
                V1 + "/webhook-events/{id}",
                c -> Answer.ok(WebhookEventResource.of(webhooks.get(c.caller(), c.path("id"))))));
        routes.add(ApiRoute.post(
                V1 + "/webhook-events/{id}/replay",
                c -> Answer.ok(WebhookEventResource.of(webhooks.replay(c.caller(), c.path("id"))))));
        return List.copyOf(routes);
    }

    private static ActivityQueries.Filter filter(ApiCall c) {
        return new ActivityQueries.Filter(
                c.query("day"), c.query("from"), c.query("to"), c.query("status"), c.query("branch_id"));
    }
}
