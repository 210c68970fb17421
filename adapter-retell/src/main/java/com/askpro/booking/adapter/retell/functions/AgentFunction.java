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
}
