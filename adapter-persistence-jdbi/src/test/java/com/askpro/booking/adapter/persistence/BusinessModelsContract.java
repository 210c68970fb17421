package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.AssignmentPolicy;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffSkill;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract of the business models (docs/business-models.md) in the tenant ports: hotline numbers of a
 * whole company, branch keywords and assignment, staff skills, a call that learns its branch later.
 */
abstract class BusinessModelsContract extends DatabaseTest {

    @Test
    void givenAHotlineNumberWhenRoutedThenTheCompanyIsFoundWithoutBranch() {
        Fixtures t = Fixtures.create(persistence);
        BranchPhoneNumber hotline = addHotline(t);

        assertThat(persistence.tenantDirectory().route(hotline.number()))
                .contains(new TenantDirectory.Route(t.company(), null, hotline));
        assertThat(persistence.phoneNumbers().list(t.tenant())).containsExactly(hotline);
        assertThat(persistence.phoneNumbers().find(t.tenant(), hotline.id())).contains(hotline);
    }

    @Test
    void givenAHotlineOfACompanyWithoutActiveBranchWhenRoutedThenNothingIsReached() {
        Fixtures t = Fixtures.create(persistence);
        BranchPhoneNumber hotline = addHotline(t);
        persistence.branches().update(t.tenant(), t.branch().deactivated());

        assertThat(persistence.tenantDirectory().route(hotline.number())).isEmpty();
    }

    @Test
    void givenAHotlineOfAnInactiveCompanyWhenRoutedThenNothingIsReached() {
        Fixtures t = Fixtures.create(persistence);
        BranchPhoneNumber hotline = addHotline(t);
        persistence.companies().update(t.company().deactivated());

        assertThat(persistence.tenantDirectory().route(hotline.number())).isEmpty();
    }

    @Test
    void givenAnotherTenantsHotlineWhenListedOrFoundThenItIsInvisibleAndItsNumberCannotBeTaken() {
        Fixtures mine = Fixtures.create(persistence);
        Fixtures theirs = Fixtures.create(persistence);
        BranchPhoneNumber hotline = addHotline(theirs);

        assertThat(persistence.phoneNumbers().list(mine.tenant())).isEmpty();
        assertThat(persistence.phoneNumbers().find(mine.tenant(), hotline.id())).isEmpty();
        assertThat(persistence.phoneNumbers().remove(mine.tenant(), hotline.id()))
                .isEqualTo(new WriteOutcome.NotFound<>());
        assertThat(persistence
                        .phoneNumbers()
                        .add(
                                mine.tenant(),
                                new BranchPhoneNumber(
                                        PhoneNumberId.newId(), mine.company().id(), null, hotline.number()))
                        .isWritten())
                .isFalse();
        assertThat(persistence
                        .tenantDirectory()
                        .route(hotline.number())
                        .orElseThrow()
                        .company())
                .isEqualTo(theirs.company());
    }

    @Test
    void givenBranchKeywordsAndAssignmentWhenStoredAndChangedThenTheyReadBackExactly() {
        Fixtures t = Fixtures.create(persistence);
        Branch branch = persistence
                .branches()
                .add(
                        t.tenant(),
                        Branch.open(
                                        BranchId.newId(),
                                        t.company().id(),
                                        "Kreuzberg",
                                        Fixtures.BERLIN,
                                        t.branch().workingHours())
                                .withKeywords(List.of("Kotti", "Oranienstraße", "SO 36"))
                                .withAssignment(AssignmentPolicy.BEST_SKILL));

        assertThat(persistence.branches().find(t.tenant(), branch.id())).contains(branch);
        Branch changed = branch.withKeywords(List.of()).withAssignment(AssignmentPolicy.BALANCED);
        persistence.branches().update(t.tenant(), changed);
        assertThat(persistence.branches().find(t.tenant(), branch.id())).contains(changed);
        assertThat(persistence
                        .branches()
                        .find(t.tenant(), t.branch().id())
                        .orElseThrow()
                        .assignment())
                .isEqualTo(AssignmentPolicy.EARLIEST);
    }

    @Test
    void givenStaffSkillsWhenStoredAndReplacedThenTheyReadBackWithTheirServices() {
        Fixtures t = Fixtures.create(persistence);
        StaffSkill specialist = new StaffSkill(t.buffered().id(), Duration.ofMinutes(45), 3);
        StaffSkill plain = new StaffSkill(t.service().id(), null, 2);
        Staff staff = persistence
                .staffMembers()
                .add(
                        t.tenant(),
                        new Staff(
                                com.askpro.booking.domain.tenant.StaffId.newId(),
                                t.company().id(),
                                t.branch().id(),
                                "Clara",
                                Set.of(),
                                null,
                                true,
                                List.of(specialist, plain)));

        Staff stored = persistence.staffMembers().find(t.tenant(), staff.id()).orElseThrow();
        assertThat(stored).isEqualTo(staff);
        assertThat(stored.serviceIds())
                .containsExactlyInAnyOrder(t.service().id(), t.buffered().id());
        assertThat(stored.durationFor(t.buffered())).isEqualTo(Duration.ofMinutes(45));
        assertThat(stored.durationFor(t.service())).isEqualTo(t.service().duration());

        Staff fewer = new Staff(
                staff.id(),
                staff.companyId(),
                staff.branchId(),
                staff.name(),
                Set.of(t.service().id()),
                null,
                true,
                List.of());
        persistence.staffMembers().update(t.tenant(), fewer);
        assertThat(persistence.staffMembers().find(t.tenant(), staff.id())).contains(fewer);
        assertThat(persistence.staffMembers().atBranch(t.tenant(), t.branch().id()))
                .contains(fewer);
    }

    @Test
    void givenASkillOfAnotherTenantsServiceWhenStoredThenTheDatabaseRefusesIt() {
        Fixtures mine = Fixtures.create(persistence);
        Fixtures theirs = Fixtures.create(persistence);
        ServiceId foreign = theirs.service().id();

        assertThatThrownBy(() -> persistence
                        .staffMembers()
                        .add(
                                mine.tenant(),
                                new Staff(
                                        com.askpro.booking.domain.tenant.StaffId.newId(),
                                        mine.company().id(),
                                        mine.branch().id(),
                                        "Eve",
                                        Set.of(),
                                        null,
                                        true,
                                        List.of(new StaffSkill(foreign, null, 1)))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void givenAHotlineCallWhenTheBranchIsChosenThenTheCallKeepsIt() {
        Fixtures t = Fixtures.create(persistence);
        Call base = t.call("call-" + java.util.UUID.randomUUID());
        Call hotline = new Call(
                base.id(),
                base.companyId(),
                null,
                base.agentCallId(),
                base.direction(),
                base.from(),
                base.to(),
                base.status(),
                base.facts(),
                base.customerId(),
                base.appointmentIds(),
                base.version(),
                base.createdAt(),
                base.updatedAt());
        Call stored = persistence.calls().add(t.tenant(), hotline).orElseThrow();
        assertThat(persistence
                        .calls()
                        .find(t.tenant(), stored.id())
                        .orElseThrow()
                        .branch())
                .isEmpty();

        Call chosen = stored.chooseBranch(t.branch().id(), Fixtures.NOW).state();
        persistence.calls().update(t.tenant(), chosen).orElseThrow();

        assertThat(persistence
                        .calls()
                        .find(t.tenant(), stored.id())
                        .orElseThrow()
                        .branchId())
                .isEqualTo(t.branch().id());
    }

    private BranchPhoneNumber addHotline(Fixtures t) {
        PhoneNumber number = Fixtures.randomPhone();
        return persistence
                .phoneNumbers()
                .add(
                        t.tenant(),
                        new BranchPhoneNumber(PhoneNumberId.newId(), t.company().id(), null, number))
                .orElseThrow();
    }
}
