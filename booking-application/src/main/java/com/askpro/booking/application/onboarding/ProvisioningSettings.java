package com.askpro.booking.application.onboarding;

import java.util.Objects;

/**
 * The deployment's side of provisioning: our public base URL (null when not configured), the
 * voice used when a company chose none, and whether a platform provisioning key is configured.
 */
public record ProvisioningSettings(String publicUrl, String defaultVoiceId, boolean apiKeyConfigured) {

    /** Used when neither the company nor {@code ASKPRO_RETELL_VOICE_ID} names a voice (docs/retell.md). */
    public static final String DOCUMENTED_DEFAULT_VOICE = "11labs-Adrian";

    public ProvisioningSettings {
        publicUrl = publicUrl == null || publicUrl.isBlank()
                ? null
                : publicUrl.strip().replaceAll("/+$", "");
        defaultVoiceId =
                defaultVoiceId == null || defaultVoiceId.isBlank() ? DOCUMENTED_DEFAULT_VOICE : defaultVoiceId.strip();
        Objects.requireNonNull(defaultVoiceId);
    }

    public String eventsUrl() {
        return publicUrl + "/webhooks/retell";
    }

    public String inboundUrl() {
        return publicUrl + "/webhooks/retell/inbound";
    }

    public String functionsUrl() {
        return publicUrl + "/webhooks/retell/functions";
    }
}
