package com.askpro.booking.application.onboarding;

import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.Service;
import java.util.List;

/**
 * Outbound port: the words of a branch's voice agent, written by the voice-agent adapter from our
 * data in the company's language. Onboarding decides when they change (they are compared for
 * drift); the adapter owns what they say.
 */
public interface AgentScript {

    /** The agent's instructions: who it answers for, the branch and its hours, what can be booked, its rules. */
    String generalPrompt(Company company, Branch branch, List<Service> services);

    /** The greeting the agent opens a call with. */
    String beginMessage(Company company, Branch branch);

    /** The platform's speech-recognition language for the company's language. */
    String recognitionLanguage(Language language);
}
