package com.askpro.booking.application.booking;

import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Service;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Use case: {@code check_availability} on a company's hotline before the caller chose a branch. Each
 * active branch that offers the service is checked as if called directly ({@link CheckAvailability});
 * the answer names each one's distinct free times nearest to the wish (up to {@link #MAX_SLOTS}) — at most
 * {@link #MAX_BRANCHES} branches, the one whose time is nearest to the wish first (ties by branch
 * name) — so that the caller can choose.
 */
public final class CheckAcrossBranches {

    /** Most branches in one answer. */
    public static final int MAX_BRANCHES = 3;

    /** Most times per branch. */
    public static final int MAX_SLOTS = 3;

    private final CheckAvailability check;
    private final Branches branches;

    public CheckAcrossBranches(CheckAvailability check, Branches branches) {
        this.check = check;
        this.branches = branches;
    }

    /** One branch's earliest free times for the service; {@code atWish}: the first is the wished time itself. */
    public record BranchOffer(Branch branch, Target target, List<OfferedSlot> slots, boolean atWish) {
        public BranchOffer {
            slots = List.copyOf(slots);
        }
    }

    /** What {@link #check} answers. */
    public sealed interface Outcome {
        /** The branches with free times, nearest to the wish first (empty: nothing free anywhere within a week). */
        record Offers(Service service, List<BranchOffer> offers) implements Outcome {
            public Offers {
                offers = List.copyOf(offers);
            }
        }

        /** No branch can do it as asked: the refusal of the first branch, with every branch's services merged. */
        record Refused(ServiceRefusal refusal) implements Outcome {}
    }

    /** {@code query.caller()} is on a hotline without a branch; its zone is the company's. */
    public Outcome check(CheckAvailability.Query query) {
        CallerContext caller = query.caller();
        List<Branch> active = branches.list(caller.tenant()).stream()
                .filter(Branch::active)
                .sorted(Comparator.comparing(Branch::name))
                .toList();
        List<BranchOffer> offers = new ArrayList<>();
        ServiceRefusal firstRefusal = null;
        Map<Object, Service> offered = new LinkedHashMap<>();
        Service service = null;
        Instant wish = null;
        for (Branch branch : active) {
            CallerContext there = caller.at(branch, caller.call());
            LocalDate date = query.date() == null ? there.today() : query.date();
            Instant branchWish = query.time() != null
                    ? SlotSearch.instant(there, date, query.time())
                    : date.equals(there.today()) ? there.now() : SlotSearch.instant(there, date, LocalTime.MIN);
            wish = wish == null ? branchWish : wish;
            CheckAvailability.Outcome outcome = check.check(
                    new CheckAvailability.Query(there, query.service(), query.staff(), query.date(), query.time()));
            if (outcome instanceof ServiceRefusal refusal) {
                if (firstRefusal == null) {
                    firstRefusal = refusal;
                }
                if (refusal instanceof ServiceRefusal.UnknownService unknown) {
                    unknown.offered().forEach(s -> offered.putIfAbsent(s.name(), s));
                }
                continue;
            }
            BranchOffer offer = offer(branch, outcome);
            service = offer.target().service();
            if (!offer.slots().isEmpty()) {
                offers.add(offer);
            }
        }
        if (service == null) {
            if (firstRefusal instanceof ServiceRefusal.UnknownService) {
                return new Outcome.Refused(new ServiceRefusal.UnknownService(List.copyOf(offered.values())));
            }
            return new Outcome.Refused(
                    firstRefusal == null ? new ServiceRefusal.UnknownService(List.of()) : firstRefusal);
        }
        Instant target = wish;
        offers.sort(Comparator.comparing((BranchOffer o) -> nearest(target, o))
                .thenComparing(o -> o.branch().name()));
        return new Outcome.Offers(service, offers.subList(0, Math.min(MAX_BRANCHES, offers.size())));
    }

    private static BranchOffer offer(Branch branch, CheckAvailability.Outcome outcome) {
        if (outcome instanceof CheckAvailability.Outcome.Free free) {
            return new BranchOffer(branch, free.target(), first(free.slots()), true);
        }
        if (outcome instanceof CheckAvailability.Outcome.NotFree notFree) {
            return new BranchOffer(branch, notFree.target(), first(notFree.alternatives()), false);
        }
        if (outcome instanceof CheckAvailability.Outcome.FreeOnDay day) {
            return new BranchOffer(branch, day.target(), first(day.slots()), false);
        }
        CheckAvailability.Outcome.NothingOnDay nothing = (CheckAvailability.Outcome.NothingOnDay) outcome;
        return new BranchOffer(branch, nothing.target(), first(nothing.alternatives()), false);
    }

    /** How far the branch's nearest time is from the wish. */
    private static Duration nearest(Instant wish, BranchOffer offer) {
        return offer.slots().stream()
                .map(s -> Duration.between(wish, s.slot().start()).abs())
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The first {@link #MAX_SLOTS} distinct times: two staff free at one time are one time for the caller. */
    private static List<OfferedSlot> first(List<OfferedSlot> slots) {
        Set<Instant> starts = new HashSet<>();
        return slots.stream()
                .filter(s -> starts.add(s.slot().start()))
                .limit(MAX_SLOTS)
                .toList();
    }
}
