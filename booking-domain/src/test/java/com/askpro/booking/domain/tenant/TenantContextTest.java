package com.askpro.booking.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.testdata.DemoTenant;
import com.askpro.booking.domain.testdata.TestTenants;
import org.junit.jupiter.api.Test;

class TenantContextTest {

    @Test
    void givenNoCompanyWhenTenantContextCreatedThenRejectedAsMandatory() {
        assertThatThrownBy(() -> TenantContext.of(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("mandatory")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("tenant");
    }

    @Test
    void givenTenantWhenAskedAboutOwnershipThenOwnsOnlyItsOwnCompany() {
        TenantContext demo = TenantContext.of(DemoTenant.COMPANY_ID);

        assertThat(demo.owns(DemoTenant.COMPANY_ID)).isTrue();
        assertThat(demo.owns(TestTenants.OTHER_COMPANY_ID)).isFalse();
    }

    @Test
    void givenCompanyWhenAskedForItsTenantThenContextOfItsId() {
        assertThat(TestTenants.demoSalon().tenant()).isEqualTo(new TenantContext(DemoTenant.COMPANY_ID));
        assertThat(TestTenants.otherCompany().tenant())
                .isNotEqualTo(TestTenants.demoSalon().tenant());
    }
}
