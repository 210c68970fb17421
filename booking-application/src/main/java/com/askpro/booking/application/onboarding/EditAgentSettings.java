package com.askpro.booking.application.onboarding;

import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.tenant.TenantContext;

/** Use case: the company's voice-agent settings (voice, SIP trunk), read and replaced by its admin. */
public final class EditAgentSettings {

    private final AgentBindings bindings;

    public EditAgentSettings(AgentBindings bindings) {
        this.bindings = bindings;
    }

    /** The company's current settings. */
    public AgentSettings current(Principal caller) {
        return bindings.settings(caller.tenantToWrite());
    }

    /** Replaces the company's settings; null clears a value. */
    public AgentSettings replace(Principal caller, String voiceId, String terminationUri) {
        TenantContext tenant = caller.tenantToWrite();
        AgentSettings changed = new AgentSettings(tenant.companyId(), voiceId, terminationUri);
        bindings.saveSettings(tenant, changed);
        return changed;
    }
}
