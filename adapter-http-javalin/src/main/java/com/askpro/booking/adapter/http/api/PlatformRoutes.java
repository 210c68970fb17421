package com.askpro.booking.adapter.http.api;

import com.askpro.booking.adapter.http.api.ApiRequests.ApiKeyRequest;
import com.askpro.booking.adapter.http.api.ApiRequests.CompanyRequest;
import com.askpro.booking.adapter.http.api.ApiResources.ApiKeyResource;
import com.askpro.booking.adapter.http.api.ApiResources.CompanyResource;
import com.askpro.booking.application.admin.CompanyAdministration;
import com.askpro.booking.application.admin.ManageApiKeys;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.tenant.CompanyId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Routes of the platform operator: companies and their API keys. */
final class PlatformRoutes {

    private PlatformRoutes() {}

    static List<ApiRoute> of(CompanyAdministration companies, ManageApiKeys keys) {
        String company = "/api/v1/companies/{id}";
        return List.of(
                ApiRoute.post("/api/v1/companies", call -> {
                    CompanyAdministration.CreatedCompany created = companies.create(
                            call.caller(), call.body(CompanyRequest.class).input());
                    return Answer.created(CompanyResource.of(
                            created.company(), created.apiKey().secret()));
                }),
                ApiRoute.get(
                        "/api/v1/companies",
                        call -> Answer.ok(ApiResources.list(
                                companies.list(call.caller(), call.page()), c -> CompanyResource.of(c, null)))),
                ApiRoute.get(
                        company,
                        call -> Answer.ok(CompanyResource.of(companies.get(call.caller(), companyId(call)), null))),
                ApiRoute.patch(
                        company,
                        call -> Answer.ok(CompanyResource.of(
                                companies.update(
                                        call.caller(),
                                        companyId(call),
                                        call.body(CompanyRequest.class).input()),
                                null))),
                ApiRoute.delete(
                        company,
                        call -> Answer.ok(
                                CompanyResource.of(companies.deactivate(call.caller(), companyId(call)), null))),
                ApiRoute.post(company + "/api-keys", call -> {
                    ApiKeyRequest request = call.body(ApiKeyRequest.class);
                    return Answer.created(ApiKeyResource.issued(
                            keys.issue(call.caller(), companyId(call), request.role(), request.label())));
                }),
                ApiRoute.get(
                        company + "/api-keys",
                        call -> Answer.ok(ApiResources.list(
                                keys.list(call.caller(), companyId(call), call.page()), ApiKeyResource::of))),
                ApiRoute.delete(
                        company + "/api-keys/{key_id}",
                        call -> Answer.ok(ApiKeyResource.of(keys.revoke(
                                call.caller(), companyId(call), id(call.path("key_id"), ApiKeyId::new, "api key"))))));
    }

    private static CompanyId companyId(ApiCall call) {
        return id(call.path("id"), CompanyId::new, "company");
    }

    /** A path id; an unparseable one answers 404 like any unknown id. */
    static <T> T id(String text, Function<UUID, T> make, String what) {
        try {
            return make.apply(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw com.askpro.booking.application.admin.AdminException.notFound(what);
        }
    }
}
