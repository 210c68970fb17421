package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * In memory: the append-only audit trail; each entry numbered in recording order, listed newest
 * first; the cursor is the number of the last entry shown (opaque base64url).
 */
final class InMemoryAuditLog implements AuditLog {

    private static final String CURSOR = "audit|";

    private final InMemoryPorts store;

    InMemoryAuditLog(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public void record(Entry entry) {
        synchronized (store.lock) {
            store.audit.add(new Recorded(store.audit.size() + 1L, entry));
        }
    }

    @Override
    public List<Entry> recent(CompanyId company, int limit) {
        synchronized (store.lock) {
            return newestFirst(company, Long.MAX_VALUE).stream()
                    .limit(Math.max(0, limit))
                    .map(Recorded::entry)
                    .toList();
        }
    }

    @Override
    public Page<Recorded> list(TenantContext tenant, PageRequest page) {
        long before = page.cursor() == null ? Long.MAX_VALUE : parse(page.cursor());
        synchronized (store.lock) {
            List<Recorded> rows = newestFirst(tenant.companyId(), before);
            if (rows.size() <= page.limit()) {
                return new Page<>(rows, null);
            }
            List<Recorded> shown = List.copyOf(rows.subList(0, page.limit()));
            return new Page<>(shown, encode(shown.get(shown.size() - 1).id()));
        }
    }

    private List<Recorded> newestFirst(CompanyId company, long before) {
        List<Recorded> rows = new ArrayList<>();
        for (int i = store.audit.size() - 1; i >= 0; i--) {
            Recorded each = store.audit.get(i);
            if (each.id() < before && company.equals(each.entry().companyId())) {
                rows.add(each);
            }
        }
        return rows;
    }

    private static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR + id).getBytes(StandardCharsets.UTF_8));
    }

    private static long parse(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(CURSOR)) {
                throw new IllegalArgumentException();
            }
            long id = Long.parseLong(text.substring(CURSOR.length()));
            if (id < 1 || !encode(id).equals(cursor)) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("cursor", "is not a cursor this API handed out");
        }
    }
}
