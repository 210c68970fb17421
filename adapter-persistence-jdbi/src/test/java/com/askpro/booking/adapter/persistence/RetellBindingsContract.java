package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.application.onboarding.AgentBinding;
import com.askpro.booking.application.onboarding.AgentSettings;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of the {@code AgentBindings} port: one binding per branch, replaced whole, tenant-scoped. */
abstract class RetellBindingsContract extends PortsTest {

    @Test
    void aSavedBindingIsFoundAndASecondSaveReplacesIt() {
        Fixtures t = Fixtures.create(persistence);
        assertThat(agentBindings().find(t.tenant(), t.branch().id())).isEmpty();

        AgentBinding first = new AgentBinding(
                t.company().id(), t.branch().id(), "llm_1", "agent_1", 3, List.of("+493083793369"), Fixtures.NOW);
        agentBindings().save(t.tenant(), first);
        assertThat(agentBindings().find(t.tenant(), t.branch().id())).contains(first);

        AgentBinding second = new AgentBinding(
                t.company().id(),
                t.branch().id(),
                "llm_1",
                "agent_1",
                null,
                List.of("+493083793369", "+493012345670"),
                Fixtures.NOW.plusSeconds(60));
        agentBindings().save(t.tenant(), second);
        assertThat(agentBindings().find(t.tenant(), t.branch().id())).contains(second);
    }

    @Test
    void anotherTenantNeitherSeesNorWritesABinding() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        AgentBinding binding =
                new AgentBinding(t.company().id(), t.branch().id(), "llm_1", "agent_1", 1, List.of(), Fixtures.NOW);
        agentBindings().save(t.tenant(), binding);

        assertThat(agentBindings().find(other.tenant(), t.branch().id())).isEmpty();
        assertThatThrownBy(() -> agentBindings().save(other.tenant(), binding)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void companySettingsDefaultToNoneAndAreReplacedWhole() {
        Fixtures t = Fixtures.create(persistence);
        TenantContext tenant = t.tenant();
        assertThat(agentBindings().settings(tenant))
                .isEqualTo(AgentSettings.none(t.company().id()));

        agentBindings()
                .saveSettings(
                        tenant, new AgentSettings(t.company().id(), "11labs-Carola", "trunk.example.pstn.twilio.com"));
        agentBindings().saveSettings(tenant, new AgentSettings(t.company().id(), null, "sip.example.com"));

        assertThat(agentBindings().settings(tenant))
                .isEqualTo(new AgentSettings(t.company().id(), null, "sip.example.com"));
        assertThat(agentBindings()
                        .settings(Fixtures.create(persistence).tenant())
                        .voiceId())
                .isNull();
    }
}
