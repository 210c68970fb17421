package com.askpro.booking.adapter.http.api;

import com.askpro.booking.adapter.http.api.ApiResources.AppointmentResource;
import com.askpro.booking.adapter.http.api.ApiResources.CallResource;
import com.askpro.booking.adapter.http.api.ApiResources.CustomerResource;
import com.askpro.booking.application.privacy.EraseCustomerData;
import com.askpro.booking.application.privacy.ExportCustomerData;
import com.askpro.booking.application.privacy.ListAuditEvents;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.PersonalData;
import java.util.List;

/** Routes of GDPR requests and the audit trail: erasure and export (tenant admin key), audit events (tenant key). */
public final class PrivacyRoutes {

    /** The use cases behind the routes. */
    public record UseCases(EraseCustomerData erase, ExportCustomerData export, ListAuditEvents audit) {}

    record ErasureRequest(String phone) {}

    record ErasureResource(int customers, int calls, int appointments, int webhookEvents) {
        static ErasureResource of(PersonalData.Erased erased) {
            return new ErasureResource(
                    erased.customers(), erased.calls(), erased.appointments(), erased.webhookEvents());
        }
    }

    record ExportResource(
            String phone, CustomerResource customer, List<AppointmentResource> appointments, List<CallResource> calls) {
        static ExportResource of(ExportCustomerData.Exported exported) {
            PersonalData.Export data = exported.data();
            return new ExportResource(
                    exported.phone().e164(),
                    data.customer().map(CustomerResource::of).orElse(null),
                    data.appointments().stream().map(AppointmentResource::of).toList(),
                    data.calls().stream().map(CallResource::of).toList());
        }
    }

    record AuditEventResource(
            String id, String actor, String action, String subject, String detail, String occurredAt) {
        static AuditEventResource of(AuditLog.Recorded recorded) {
            AuditLog.Entry e = recorded.entry();
            return new AuditEventResource(
                    Long.toString(recorded.id()), e.actor(), e.action(), e.subject(), e.detail(), e.at().toString());
        }
    }

    private PrivacyRoutes() {}

    static List<ApiRoute> of(UseCases useCases) {
        return List.of(
                ApiRoute.post(
                        "/api/v1/privacy/erasures",
                        c -> Answer.ok(ErasureResource.of(useCases.erase()
                                .erase(c.caller(), c.body(ErasureRequest.class).phone())))),
                ApiRoute.get(
                        "/api/v1/privacy/export",
                        c -> Answer.ok(ExportResource.of(useCases.export().export(c.caller(), c.query("phone"))))),
                ApiRoute.get(
                        "/api/v1/audit-events",
                        c -> Answer.ok(ApiResources.list(
                                useCases.audit().list(c.caller(), c.page()), AuditEventResource::of))));
    }
}
