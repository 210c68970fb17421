package com.askpro.booking.application.booking;

import com.askpro.booking.application.call.CallRegistry;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchMatcher;
import java.util.Comparator;
import java.util.List;

/**
 * Use case: which branch a call is about (docs/business-models.md). On a branch's own number it is
 * that branch unless the caller clearly names another active branch of the company. On a hotline the
 * caller's words choose it ({@link BranchMatcher}: name, district, street, postcode, keywords); a
 * company with one active branch needs no choice; otherwise the answer asks with the options and
 * never guesses. A choice on a call is recorded on it, so later functions, the dashboard and the
 * reports know the branch.
 */
public final class ChooseBranch {

    private final Branches branches;
    private final CallRegistry calls;
    private final BranchMatcher matcher = new BranchMatcher();

    public ChooseBranch(Branches branches, CallRegistry calls) {
        this.branches = branches;
        this.calls = calls;
    }

    /** {@code spoken} may be null; {@code required}: answer {@link Outcome.Ask} rather than no branch. */
    public record Command(CallerContext caller, String spoken, boolean required) {}

    /** Why the caller is asked. */
    public enum Reason {
        /** Nothing said, several branches. */
        NEEDED,
        /** What was said fits several branches equally. */
        AMBIGUOUS,
        /** What was said names no branch. */
        UNKNOWN
    }

    /** What {@link #choose} answers. */
    public sealed interface Outcome {
        /** The caller's context, at the chosen branch (or still without one when none was required). */
        record Chosen(CallerContext caller) implements Outcome {}

        /** Which branch? {@code options} are the active branches to choose from, by name. */
        record Ask(Reason reason, String spoken, List<Branch> options) implements Outcome {
            public Ask {
                options = List.copyOf(options);
            }
        }
    }

    public Outcome choose(Command command) {
        CallerContext caller = command.caller();
        boolean said = command.spoken() != null && !command.spoken().isBlank();
        if (!said && caller.branch() != null) {
            return new Outcome.Chosen(caller);
        }
        List<Branch> active = branches.list(caller.tenant()).stream()
                .filter(Branch::active)
                .sorted(Comparator.comparing(Branch::name))
                .toList();
        if (!said) {
            if (active.size() == 1) {
                return chosen(caller, active.get(0));
            }
            return command.required() ? new Outcome.Ask(Reason.NEEDED, null, active) : new Outcome.Chosen(caller);
        }
        BranchMatcher.Match match = matcher.match(command.spoken(), active);
        if (match instanceof BranchMatcher.Match.Selected selected) {
            return chosen(caller, selected.branch());
        }
        if (caller.branch() != null) {
            // the number's (or the call's) branch stands unless another one was named clearly
            if (match instanceof BranchMatcher.Match.Ambiguous ambiguous
                    && !ambiguous.candidates().contains(caller.branch())) {
                return new Outcome.Ask(Reason.AMBIGUOUS, command.spoken(), ambiguous.candidates());
            }
            return new Outcome.Chosen(caller);
        }
        if (active.size() == 1 && match instanceof BranchMatcher.Match.NotFound) {
            return chosen(caller, active.get(0));
        }
        if (match instanceof BranchMatcher.Match.Ambiguous ambiguous) {
            return new Outcome.Ask(Reason.AMBIGUOUS, command.spoken(), ambiguous.candidates());
        }
        return new Outcome.Ask(Reason.UNKNOWN, command.spoken(), active);
    }

    private Outcome chosen(CallerContext caller, Branch branch) {
        if (branch.equals(caller.branch())) {
            return new Outcome.Chosen(caller);
        }
        Call call = caller.call();
        if (call != null) {
            call = calls.update(
                            caller.tenant(),
                            call,
                            current ->
                                    CallRegistry.stateAfter(current, current.chooseBranch(branch.id(), caller.now())))
                    .orElse(call);
        }
        return new Outcome.Chosen(caller.at(branch, call));
    }
}
