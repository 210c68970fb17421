package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;

/** In memory: the dashboard's actions on appointments, per tenant, in the order recorded; insert only. */
final class InMemoryAppointmentActions implements AppointmentActions {

    private final InMemoryPorts store;

    InMemoryAppointmentActions(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public void record(TenantContext tenant, Entry entry) {
        synchronized (store.lock) {
            store.appointmentActions.add(new InMemoryPorts.Owned<>(tenant.companyId(), entry));
        }
    }

    @Override
    public List<Entry> of(TenantContext tenant, AppointmentId appointment) {
        synchronized (store.lock) {
            return store.appointmentActions.stream()
                    .filter(s -> tenant.owns(s.company()))
                    .map(InMemoryPorts.Owned::value)
                    .filter(e -> e.appointment().equals(appointment))
                    .toList();
        }
    }
}
