package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.ArrayList;
import java.util.List;

/** In memory: the dashboard's actions on appointments, per tenant, in the order recorded. */
public final class InMemoryAppointmentActions implements AppointmentActions {

    private record Stored(CompanyId company, Entry entry) {}

    private final List<Stored> entries = new ArrayList<>();

    @Override
    public synchronized void record(TenantContext tenant, Entry entry) {
        entries.add(new Stored(tenant.companyId(), entry));
    }

    @Override
    public synchronized List<Entry> of(TenantContext tenant, AppointmentId appointment) {
        return entries.stream()
                .filter(s -> s.company().equals(tenant.companyId()))
                .map(Stored::entry)
                .filter(e -> e.appointment().equals(appointment))
                .toList();
    }
}
