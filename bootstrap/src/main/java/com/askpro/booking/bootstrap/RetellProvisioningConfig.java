package com.askpro.booking.bootstrap;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Configuration of Retell onboarding (README, "Configuration"): our public base URL
 * ({@code ASKPRO_PUBLIC_URL}, required to provision), Retell's API base URL, the key to provision
 * with (default: the first of {@code ASKPRO_RETELL_API_KEYS}) and the default voice.
 */
public record RetellProvisioningConfig(
        String publicUrl, String retellBaseUrl, String provisioningKey, String defaultVoiceId) {

    static final String DEFAULT_RETELL_BASE_URL = "https://api.retellai.com";

    static RetellProvisioningConfig fromEnvironment(
            Map<String, String> env, List<String> retellKeys, List<String> problems) {
        String publicUrl = blankToNull(env.get("ASKPRO_PUBLIC_URL"));
        if (publicUrl != null && !isHttpUrl(publicUrl)) {
            problems.add("ASKPRO_PUBLIC_URL must be an http(s) URL such as https://askpro.example.com, was '"
                    + publicUrl + "'");
        }
        String base = env.getOrDefault("ASKPRO_RETELL_BASE_URL", DEFAULT_RETELL_BASE_URL)
                .strip();
        if (!isHttpUrl(base)) {
            problems.add("ASKPRO_RETELL_BASE_URL must be an http(s) URL, was '" + base + "'");
        }
        String key = blankToNull(env.get("ASKPRO_RETELL_PROVISIONING_KEY"));
        if (key == null && !retellKeys.isEmpty()) {
            key = retellKeys.get(0);
        }
        return new RetellProvisioningConfig(
                publicUrl == null ? null : publicUrl.replaceAll("/+$", ""),
                base,
                key,
                blankToNull(env.get("ASKPRO_RETELL_VOICE_ID")));
    }

    /** The same configuration with another public URL (tests, the self-test against a local server). */
    public RetellProvisioningConfig withPublicUrl(String url) {
        return new RetellProvisioningConfig(url, retellBaseUrl, provisioningKey, defaultVoiceId);
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "RetellProvisioningConfig[public=" + publicUrl + ", retell=" + retellBaseUrl + ", key "
                + (provisioningKey == null ? "missing" : "set") + ", voice=" + defaultVoiceId + "]";
    }
}
