package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.application.onboarding.AgentBinding;
import com.askpro.booking.application.onboarding.AgentSettings;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of the {@code AgentBindings} port: one binding per branch, replaced whole, tenant-scoped. */
abstract class RetellBindingsContract extends DatabaseTest {

    @Test
    void aSavedBindingIsFoundAndASecondSaveReplacesIt() {
        Fixtures t = Fixtures.create(persistence);
        assertThat(persistence.retellBindings().find(t.tenant(), t.branch().id()))
                .isEmpty();

        AgentBinding first = new AgentBinding(
                t.company().id(), t.branch().id(), "llm_1", "agent_1", 3, List.of("+493083793369"), Fixtures.NOW);
        persistence.retellBindings().save(t.tenant(), first);
        assertThat(persistence.retellBindings().find(t.tenant(), t.branch().id()))
                .contains(first);

        AgentBinding second = new AgentBinding(
                t.company().id(),
                t.branch().id(),
                "llm_1",
                "agent_1",
                null,
                List.of("+493083793369", "+493012345670"),
                Fixtures.NOW.plusSeconds(60));
        persistence.retellBindings().save(t.tenant(), second);
        assertThat(persistence.retellBindings().find(t.tenant(), t.branch().id()))
                .contains(second);
    }

    @Test
    void anotherTenantNeitherSeesNorWritesABinding() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        AgentBinding binding =
                new AgentBinding(t.company().id(), t.branch().id(), "llm_1", "agent_1", 1, List.of(), Fixtures.NOW);
        persistence.retellBindings().save(t.tenant(), binding);

        assertThat(persistence.retellBindings().find(other.tenant(), t.branch().id()))
                .isEmpty();
        assertThatThrownBy(() -> persistence.retellBindings().save(other.tenant(), binding))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void companySettingsDefaultToNoneAndAreReplacedWhole() {
        Fixtures t = Fixtures.create(persistence);
        TenantContext tenant = t.tenant();
        assertThat(persistence.retellBindings().settings(tenant))
                .isEqualTo(AgentSettings.none(t.company().id()));

        persistence
                .retellBindings()
                .saveSettings(
                        tenant, new AgentSettings(t.company().id(), "11labs-Carola", "trunk.example.pstn.twilio.com"));
        persistence
                .retellBindings()
                .saveSettings(tenant, new AgentSettings(t.company().id(), null, "sip.example.com"));

        assertThat(persistence.retellBindings().settings(tenant))
                .isEqualTo(new AgentSettings(t.company().id(), null, "sip.example.com"));
        assertThat(persistence
                        .retellBindings()
                        .settings(Fixtures.create(persistence).tenant())
                        .voiceId())
                .isNull();
    }
}
