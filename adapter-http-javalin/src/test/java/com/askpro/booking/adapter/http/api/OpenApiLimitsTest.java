package com.askpro.booking.adapter.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The limits the OpenAPI document promises are the domain value objects' own (one source of truth). */
class OpenApiLimitsTest {

    @Test
    void everyDocumentedMaxLengthIsTheDomainsLimit() throws Exception {
        JsonNode doc;
        try (InputStream in = AdminApi.class.getResourceAsStream("openapi.json")) {
            doc = ApiJson.MAPPER.readTree(in);
        }
        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(maxLength(schemas, "CompanyInput", "name")).isEqualTo(Company.MAX_NAME);
        assertThat(maxLength(schemas, "BranchInput", "name")).isEqualTo(Branch.MAX_NAME);
        assertThat(maxLength(schemas, "BranchInput", "address")).isEqualTo(Branch.MAX_ADDRESS);
        assertThat(maxLength(schemas, "ServiceInput", "name")).isEqualTo(Service.MAX_NAME);
        assertThat(schemas.path("ServiceInput")
                        .path("properties")
                        .path("keywords")
                        .path("items")
                        .path("maxLength")
                        .asInt())
                .isEqualTo(Service.MAX_KEYWORD);
        assertThat(maxLength(schemas, "StaffInput", "name")).isEqualTo(Staff.MAX_NAME);
        assertThat(maxLength(schemas, "PhoneNumberInput", "number")).isEqualTo(PhoneNumber.MAX_INPUT_LENGTH);
        assertThat(maxLength(schemas, "ApiKeyInput", "label")).isEqualTo(ApiKey.MAX_LABEL);
        doc.path("paths")
                .forEach(path ->
                        path.forEach(operation -> operation.path("parameters").forEach(parameter -> {
                            if (parameter.path("name").asText().equals("cursor")) {
                                assertThat(parameter
                                                .path("schema")
                                                .path("maxLength")
                                                .asInt())
                                        .isEqualTo(PageRequest.MAX_CURSOR);
                            }
                        })));
    }

    private static int maxLength(JsonNode schemas, String schema, String property) {
        return schemas.path(schema)
                .path("properties")
                .path(property)
                .path("maxLength")
                .asInt();
    }
}
