package com.askpro.booking.adapter.mcp;

import com.askpro.booking.application.admin.BranchAdministration;
import com.askpro.booking.application.admin.ServiceAdministration;
import com.askpro.booking.application.admin.StaffAdministration;
import com.askpro.booking.domain.availability.ServiceSelector;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The caller's own branches, services and staff, read through the tenant administration use
 * cases, and how a tool argument names one of them: by id or by name (case- and
 * umlaut-insensitive). A name or id of another tenant is simply not there.
 */
final class TenantCatalog {

    private final BranchAdministration branches;
    private final ServiceAdministration services;
    private final StaffAdministration staff;

    TenantCatalog(BranchAdministration branches, ServiceAdministration services, StaffAdministration staff) {
        this.branches = branches;
        this.services = services;
        this.staff = staff;
    }

    List<Branch> branches(Caller caller) {
        return all(page -> branches.list(caller.principal(), page));
    }

    List<Service> services(Caller caller) {
        return all(page -> services.list(caller.principal(), page));
    }

    List<Staff> staff(Caller caller) {
        return all(page -> staff.list(caller.principal(), page));
    }

    /** The active services offered at {@code branch} (branch-specific and company-wide). */
    List<Service> offeredAt(Caller caller, BranchId branch) {
        return services(caller).stream().filter(s -> s.isOfferedAt(branch)).toList();
    }

    /**
     * The branch the argument names, or the only active branch when it is absent. With several
     * branches and none named, the agent is told to choose one.
     */
    Branch branch(Caller caller, Optional<String> named) {
        List<Branch> all = branches(caller);
        List<Branch> active = all.stream().filter(Branch::active).toList();
        if (named.isEmpty()) {
            if (active.size() == 1) {
                return active.get(0);
            }
            if (active.isEmpty()) {
                throw new ToolFailure("no_branch", "branch", "this company has no active branch yet", List.of());
            }
            throw ToolFailure.invalid(
                    "branch",
                    "is required: this company has " + active.size() + " branches (" + String.join(", ", names(active))
                            + ")",
                    names(active));
        }
        return find(all, named.get(), b -> b.id().toString(), Branch::name)
                .orElseThrow(() -> ToolFailure.invalid(
                        "branch",
                        "names no branch of this company; choose one of: " + String.join(", ", names(active)),
                        names(active)));
    }

    /** The branch when one is named or the company has only one; empty when several exist and none is named. */
    Optional<Branch> optionalBranch(Caller caller, Optional<String> named) {
        if (named.isPresent()) {
            return Optional.of(branch(caller, named));
        }
        List<Branch> active = branches(caller).stream().filter(Branch::active).toList();
        return active.size() == 1 ? Optional.of(active.get(0)) : Optional.empty();
    }

    /** Some active branch of the tenant, for requests whose branch does not matter (the customer's appointments are company-wide). */
    Branch anyBranch(Caller caller) {
        return branches(caller).stream()
                .filter(Branch::active)
                .findFirst()
                .orElseThrow(
                        () -> new ToolFailure("no_branch", null, "this company has no active branch yet", List.of()));
    }

    /** The staff member the argument names (id or name), among everyone of the tenant. */
    Staff staffMember(Caller caller, String named) {
        List<Staff> everyone = staff(caller);
        return find(everyone, named, s -> s.id().toString(), Staff::name)
                .orElseThrow(() -> ToolFailure.invalid(
                        "staff",
                        "names nobody of this company; choose one of: "
                                + String.join(
                                        ", ", everyone.stream().map(Staff::name).toList()),
                        everyone.stream().map(Staff::name).toList()));
    }

    /** ISO-8601 with the zone's offset, e.g. {@code 2026-03-30T10:00:00+02:00}. */
    static String iso(Instant instant, ZoneId zone) {
        return instant == null
                ? null
                : OffsetDateTime.ofInstant(instant, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static <T> Optional<T> find(List<T> items, String named, Function<T, String> id, Function<T, String> name) {
        Optional<T> byId =
                items.stream().filter(i -> id.apply(i).equalsIgnoreCase(named)).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        String wanted = ServiceSelector.normalize(named);
        List<T> byName = items.stream()
                .filter(i -> ServiceSelector.normalize(name.apply(i)).equals(wanted))
                .toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    private static List<String> names(List<Branch> branches) {
        return branches.stream().map(Branch::name).toList();
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> read) {
        List<T> items = new ArrayList<>();
        Page<T> page = read.apply(PageRequest.first(PageRequest.MAX_LIMIT));
        items.addAll(page.items());
        while (page.nextCursor() != null) {
            page = read.apply(new PageRequest(PageRequest.MAX_LIMIT, page.nextCursor()));
            items.addAll(page.items());
        }
        return items;
    }
}
