package com.askpro.booking.application.admin;

import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.StaffSkill;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Use case: a tenant manages the people who perform its services (create, read, update, deactivate). */
public final class StaffAdministration {

    /**
     * Staff fields; null keeps the current value on update ({@code working_hours} null: the branch's hours).
     * {@code skills} replace all skills when given; a skill's service counts as performed. Changing only
     * {@code service_ids} drops the skills of services no longer in it.
     */
    public record StaffInput(
            String name,
            String branchId,
            List<String> serviceIds,
            Map<String, List<List<String>>> workingHours,
            Boolean active,
            List<SkillInput> skills) {

        public StaffInput(
                String name,
                String branchId,
                List<String> serviceIds,
                Map<String, List<List<String>>> workingHours,
                Boolean active) {
            this(name, branchId, serviceIds, workingHours, active, null);
        }
    }

    /** One skill: a service of the company, an optional own duration in minutes, a level 1–3 (required). */
    public record SkillInput(String serviceId, Integer durationMinutes, Integer level) {}

    /** Most skills one staff member may have (as many as services). */
    public static final int MAX_SKILLS = 200;

    private final StaffMembers staff;
    private final Branches branches;
    private final Services services;

    public StaffAdministration(StaffMembers staff, Branches branches, Services services) {
        this.staff = staff;
        this.branches = branches;
        this.services = services;
    }

    public Staff create(Principal caller, StaffInput input) {
        TenantContext tenant = caller.tenantToWrite();
        Staff member = new Staff(
                StaffId.newId(),
                tenant.companyId(),
                PhoneNumberAdministration.existingBranch(branches, tenant, input.branchId()),
                input.name(),
                serviceIds(tenant, input.serviceIds()),
                Values.workingHours("working_hours", input.workingHours()),
                input.active() == null || input.active(),
                skills(tenant, input.skills()));
        return staff.add(tenant, member);
    }

    public Page<Staff> list(Principal caller, PageRequest page) {
        return ListPages.page(staff.list(caller.tenantToRead()), s -> ListPages.byName(s.name(), s.id()), page);
    }

    public Staff get(Principal caller, String id) {
        return find(caller.tenantToRead(), id);
    }

    public Staff update(Principal caller, String id, StaffInput input) {
        TenantContext tenant = caller.tenantToWrite();
        Staff current = find(tenant, id);
        Set<ServiceId> services =
                input.serviceIds() == null ? current.serviceIds() : serviceIds(tenant, input.serviceIds());
        List<StaffSkill> skills = input.skills() != null
                ? skills(tenant, input.skills())
                : current.skills().stream()
                        .filter(skill -> services.contains(skill.serviceId()))
                        .toList();
        Staff changed = new Staff(
                current.id(),
                current.companyId(),
                input.branchId() == null
                        ? current.branchId()
                        : PhoneNumberAdministration.existingBranch(branches, tenant, input.branchId()),
                input.name() == null ? current.name() : input.name(),
                services,
                input.workingHours() == null
                        ? current.workingHours()
                        : Values.workingHours("working_hours", input.workingHours()),
                input.active() == null ? current.active() : input.active(),
                skills);
        return staff.update(tenant, changed).written().orElseThrow(() -> AdminException.notFound("staff member"));
    }

    public Staff deactivate(Principal caller, String id) {
        TenantContext tenant = caller.tenantToWrite();
        return staff.update(tenant, find(tenant, id).deactivated())
                .written()
                .orElseThrow(() -> AdminException.notFound("staff member"));
    }

    private Staff find(TenantContext tenant, String id) {
        return staff.find(tenant, Values.pathId(id, StaffId::new, "staff member"))
                .orElseThrow(() -> AdminException.notFound("staff member"));
    }

    private List<StaffSkill> skills(TenantContext tenant, List<SkillInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        if (inputs.size() > MAX_SKILLS) {
            throw new InvalidValueException("skills", "must be at most " + MAX_SKILLS);
        }
        List<StaffSkill> skills = new ArrayList<>();
        for (SkillInput input : Require.noNullElements("skills", inputs)) {
            ServiceId id = Values.id(
                    "skills.service_id", Values.required("skills.service_id", input.serviceId()), ServiceId::new);
            if (services.find(tenant, id).isEmpty()) {
                throw new InvalidValueException(
                        "skills.service_id", "'" + input.serviceId() + "' is not a service of this company");
            }
            int level = Values.required("skills.level", input.level());
            skills.add(new StaffSkill(
                    id,
                    input.durationMinutes() == null
                            ? null
                            : Values.minutes("skills.duration_minutes", input.durationMinutes()),
                    level));
        }
        return skills;
    }

    private Set<ServiceId> serviceIds(TenantContext tenant, List<String> texts) {
        if (texts == null) {
            return Set.of();
        }
        if (texts.size() > 200) {
            throw new InvalidValueException("service_ids", "must be at most 200");
        }
        Set<ServiceId> ids = new LinkedHashSet<>();
        for (String text : Require.noNullElements("service_ids", texts)) {
            ServiceId id = Values.id("service_ids", text, ServiceId::new);
            if (services.find(tenant, id).isEmpty()) {
                throw new InvalidValueException("service_ids", "'" + text + "' is not a service of this company");
            }
            ids.add(id);
        }
        return ids;
    }
}
