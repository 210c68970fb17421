package com.askpro.booking.application.onboarding;

import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.CompanyId;
import java.util.Optional;

/**
 * A company's voice-agent settings: {@code voiceId} (null: the deployment's default voice) and the
 * SIP trunk's {@code terminationUri} through which numbers the platform does not know are imported
 * (null: numbers must already exist on the platform).
 */
public record AgentSettings(CompanyId companyId, String voiceId, String terminationUri) {

    public AgentSettings {
        Require.notNull("company_id", companyId);
        voiceId = Require.optionalText("retell_voice_id", voiceId, 200);
        terminationUri = Require.optionalText("sip_termination_uri", terminationUri, 500);
        if (voiceId != null && !voiceId.matches("[A-Za-z0-9_.:-]+")) {
            throw new com.askpro.booking.domain.shared.InvalidValueException(
                    "retell_voice_id", "must be a Retell voice id such as 11labs-Adrian");
        }
        if (terminationUri != null && terminationUri.matches(".*\\s.*")) {
            throw new com.askpro.booking.domain.shared.InvalidValueException(
                    "sip_termination_uri", "must be a SIP host such as trunk.example.pstn.twilio.com");
        }
    }

    public static AgentSettings none(CompanyId company) {
        return new AgentSettings(company, null, null);
    }

    public Optional<String> voice() {
        return Optional.ofNullable(voiceId);
    }

    public Optional<String> sipTermination() {
        return Optional.ofNullable(terminationUri);
    }
}
