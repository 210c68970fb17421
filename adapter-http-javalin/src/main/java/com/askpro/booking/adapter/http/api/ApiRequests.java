package com.askpro.booking.adapter.http.api;

import com.askpro.booking.application.admin.BranchAdministration.BranchInput;
import com.askpro.booking.application.admin.CompanyAdministration.CompanyInput;
import com.askpro.booking.application.admin.ServiceAdministration.ServiceInput;
import com.askpro.booking.application.admin.StaffAdministration.SkillInput;
import com.askpro.booking.application.admin.StaffAdministration.StaffInput;
import java.util.List;
import java.util.Map;

/**
 * The request bodies of {@code /api/v1}. Every field is optional in the JSON; what a create needs
 * is checked by the use case and the domain, which name the missing field. On PATCH an absent
 * field keeps its value.
 */
final class ApiRequests {

    private ApiRequests() {}

    record CompanyRequest(
            String name,
            String country,
            String timeZone,
            String language,
            String calcomApiKey,
            Boolean active,
            Integer retentionDays) {
        CompanyInput input() {
            return new CompanyInput(name, country, timeZone, language, calcomApiKey, active, retentionDays);
        }
    }

    record ApiKeyRequest(String role, String label) {}

    record BranchRequest(
            String name,
            String address,
            String timeZone,
            Map<String, List<List<String>>> workingHours,
            List<String> closedDays,
            Boolean active,
            List<String> keywords,
            String assignment) {
        BranchInput input() {
            return new BranchInput(name, address, timeZone, workingHours, closedDays, active, keywords, assignment);
        }
    }

    /** {@code branch_id} omitted or null: a hotline number of the whole company. */
    record PhoneNumberRequest(String number, String branchId) {}

    record ServiceRequest(
            String name,
            Integer durationMinutes,
            Integer bufferMinutes,
            List<String> keywords,
            String branchId,
            Long calcomEventTypeId,
            Boolean active) {
        ServiceInput input() {
            return new ServiceInput(
                    name, durationMinutes, bufferMinutes, keywords, branchId, calcomEventTypeId, active);
        }
    }

    record StaffRequest(
            String name,
            String branchId,
            List<String> serviceIds,
            Map<String, List<List<String>>> workingHours,
            Boolean active,
            List<SkillRequest> skills) {
        StaffInput input() {
            return new StaffInput(
                    name,
                    branchId,
                    serviceIds,
                    workingHours,
                    active,
                    skills == null
                            ? null
                            : skills.stream()
                                    .map(s -> s == null ? null : s.input())
                                    .toList());
        }
    }

    record SkillRequest(String serviceId, Integer durationMinutes, Integer level) {
        SkillInput input() {
            return new SkillInput(serviceId, durationMinutes, level);
        }
    }
}
