package com.askpro.booking.application.voiceagent;

/**
 * A call-event webhook ({@code call_started}, {@code call_ended}, {@code call_analyzed},
 * {@code transcript_updated}, {@code transfer_*}, ...). {@code event} is kept as an open string.
 * {@code dedupeKey} follows the platform's (Retell's) advice: {@code event:call_id} for lifecycle events,
 * {@code event:call_id:start_timestamp[:destination]} for transfer events, and a body digest for
 * events that legitimately repeat ({@code transcript_updated}).
 */
public record AgentCallEvent(String event, String dedupeKey, AgentCall call) {

    /** The lifecycle events that move a call forward. */
    public boolean isLifecycle() {
        return event.equals("call_started") || event.equals("call_ended") || event.equals("call_analyzed");
    }
}
