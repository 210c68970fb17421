package com.askpro.booking.adapter.notifications;

import java.net.URI;

/**
 * Twilio's Messages API: the account SID and auth token (HTTP basic auth), the sender — a Twilio
 * phone number in E.164 or a Messaging Service SID ({@code MG...}) — and the API's base URL
 * ({@code https://api.twilio.com}; tests point it elsewhere).
 */
public record TwilioSettings(String accountSid, String authToken, String from, URI baseUrl) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.twilio.com");

    public TwilioSettings {
        if (accountSid == null || !accountSid.matches("AC[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("the account SID must be AC followed by 32 hex digits");
        }
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException("the auth token is missing");
        }
        if (from == null || !(from.matches("\\+[1-9]\\d{6,14}") || from.matches("MG[0-9a-fA-F]{32}"))) {
            throw new IllegalArgumentException(
                    "the sender must be a number in E.164 (+4930...) or a Messaging Service SID (MG...)");
        }
        if (baseUrl == null
                || baseUrl.getScheme() == null
                || !baseUrl.getScheme().matches("https?")
                || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the base URL must be an http(s) URL");
        }
    }

    boolean usesMessagingService() {
        return from.startsWith("MG");
    }

    @Override
    public String toString() {
        return "TwilioSettings[" + accountSid + ", " + baseUrl + "]";
    }
}
