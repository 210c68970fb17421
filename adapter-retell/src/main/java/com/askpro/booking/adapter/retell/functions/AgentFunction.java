package com.askpro.booking.adapter.retell.functions;

import com.askpro.booking.application.booking.CallerContext;

/**
 * One custom function the voice agent can call (SPEC §5.1): reads its arguments into the use
 * case's command, runs the use case, and says its outcome.
 */
interface AgentFunction {

    /** The function name as configured in Retell, e.g. {@code book_appointment}. */
    String name();

    FunctionAnswer answer(CallerContext caller, FunctionArgs args, Voice voice);

    /**
     * Whether the function needs a branch: on a company's hotline without a chosen branch the caller
     * is then asked which one (the optional {@code branch} argument of every function chooses it).
     * {@code check_availability} answers across the branches instead; finding, moving and cancelling
     * the caller's appointments need none (an appointment knows its branch).
     */
    default boolean needsBranch() {
        return false;
    }
}
