package com.askpro.booking.application.onboarding;

import java.util.Map;

/**
 * Outbound port: sends requests to our own public voice-agent endpoints exactly as the platform would
 * (signed with a key the server accepts), for the self-test.
 */
public interface AgentWebhookProbe {

    /** One answer: HTTP status (0: none), round-trip time, the JSON body as a map (empty when none), or why there was no answer. */
    record Reply(int status, long millis, Map<String, Object> json, String error) {
        public Reply {
            json = json == null ? Map.of() : json;
        }

        public boolean arrived() {
            return status >= 200 && status < 300;
        }
    }

    /** False when no signing key is configured. */
    boolean configured();

    Reply inbound(String url, String callId, String toNumber, String fromNumber);

    Reply function(
            String url, String callId, String toNumber, String fromNumber, String name, Map<String, Object> args);

    /** A call event ({@code call_started}, {@code call_ended}) of a call that started at {@code startMs}. */
    Reply event(String url, String event, String callId, String toNumber, String fromNumber, long startMs);
}
