package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.dashboard.DashboardRows.AppointmentRow;
import com.askpro.booking.application.dashboard.DashboardRows.CallRow;
import com.askpro.booking.application.port.DashboardQueries;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.NotificationOutbox;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.TenantContext;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Use case: search a tenant's calls and appointments of all time, {@value #PAGE} per page with a
 * cursor for the next ("load more").
 *
 * <ul>
 *   <li>No query: everything, newest first.</li>
 *   <li>A phone number (digits with optional {@code +}, spaces, dashes, brackets, dots, slashes;
 *       national form read in the company's country): the whole number is needed, because it is
 *       found by its keyed hash (the blind index of docs/privacy.md) — calls by their caller,
 *       appointments by the customer with that number. Nothing is decrypted to search.</li>
 *   <li>Anything else is a name: names are encrypted, so the {@value #NAME_WINDOW} most recently
 *       created customers of the tenant are decrypted in memory and matched (case and accents
 *       ignored; every word of the query must occur in the name); the calls and appointments of at
 *       most {@value #MAX_MATCHES} matching customers are then found by customer id.
 *       A customer outside that window is found by phone only.</li>
 * </ul>
 * Rows are the list rows of {@link DashboardViews}, callers masked as there.
 */
public final class DashboardSearch {

    public static final int PAGE = 50;
    public static final int MAX_QUERY = 100;
    static final int NAME_WINDOW = 2_000;
    static final int MAX_MATCHES = 200;
    private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9 ()./\\-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** What a search answers. */
    public sealed interface Outcome<T> {
        /** One page; {@code nextCursor} null when it is the last. */
        record Found<T>(List<T> items, String nextCursor) implements Outcome<T> {}

        /** The query or cursor cannot be searched for; {@code field} is {@code q} or {@code cursor}. */
        record Invalid<T>(String field, String message) implements Outcome<T> {}
    }

    private final Companies companies;
    private final Customers customers;
    private final DashboardQueries queries;
    private final RowBuilder rows;

    public DashboardSearch(
            Companies companies,
            Branches branches,
            Services services,
            StaffMembers staff,
            Customers customers,
            Appointments appointments,
            NotificationOutbox notifications,
            DashboardQueries queries) {
        this.companies = companies;
        this.customers = customers;
        this.queries = queries;
        this.rows = new RowBuilder(branches, services, staff, customers, appointments, notifications);
    }

    public Outcome<CallRow> calls(TenantContext tenant, String query, String cursor) {
        return run(tenant, query, cursor, (criteria, page) -> {
            Page<Call> found = queries.calls(tenant, criteria.phone(), criteria.customers(), page);
            RowBuilder.Names names = rows.names(tenant);
            return new Outcome.Found<>(
                    found.items().stream().map(c -> rows.call(tenant, names, c)).toList(), found.nextCursor());
        });
    }

    public Outcome<AppointmentRow> appointments(TenantContext tenant, String query, String cursor) {
        return run(tenant, query, cursor, (criteria, page) -> {
            Set<CustomerId> ids = criteria.customers();
            if (criteria.phone() != null) {
                ids = customers
                        .findByPhone(tenant, criteria.phone())
                        .map(c -> Set.of(c.id()))
                        .orElse(Set.of());
            }
            Page<Appointment> found = queries.appointments(tenant, ids, page);
            RowBuilder.Names names = rows.names(tenant);
            var notices = rows.notices(tenant, found.items());
            return new Outcome.Found<>(
                    found.items().stream()
                            .map(a -> rows.appointment(tenant, names, a, notices))
                            .toList(),
                    found.nextCursor());
        });
    }

    /** What to look for: a caller's number, a set of customers, or (both null) everything. */
    private record Criteria(PhoneNumber phone, Set<CustomerId> customers) {}

    private interface Search<T> {
        Outcome<T> run(Criteria criteria, PageRequest page);
    }

    private <T> Outcome<T> run(TenantContext tenant, String query, String cursor, Search<T> search) {
        PageRequest page;
        try {
            page = new PageRequest(PAGE, cursor);
        } catch (InvalidValueException e) {
            return new Outcome.Invalid<>("cursor", "is not a cursor this dashboard handed out");
        }
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            return new Outcome.Invalid<>("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (q.codePoints().anyMatch(Character::isISOControl)) {
            return new Outcome.Invalid<>("q", "must be one line of text");
        }
        Criteria criteria;
        if (q.isEmpty()) {
            criteria = new Criteria(null, null);
        } else if (PHONE_LIKE.matcher(q).matches()) {
            try {
                criteria = new Criteria(PhoneNumber.parse(q, country(tenant)), null);
            } catch (InvalidValueException e) {
                // the message would echo the number: answer without it
                return new Outcome.Invalid<>(
                        "q", "is not a complete phone number (search by phone needs the whole number)");
            }
        } else {
            String[] words = normalized(q).split(" ");
            if (Arrays.stream(words).mapToInt(String::length).sum() < 2) {
                return new Outcome.Invalid<>("q", "a name to search for needs at least 2 letters");
            }
            criteria = new Criteria(null, matching(tenant, words));
        }
        try {
            return search.run(criteria, page);
        } catch (InvalidValueException e) {
            return new Outcome.Invalid<>("cursor", "is not a cursor this dashboard handed out");
        }
    }

    /** Customers among the {@value #NAME_WINDOW} newest whose name holds every word, newest first, at most {@value #MAX_MATCHES}. */
    private Set<CustomerId> matching(TenantContext tenant, String[] words) {
        Set<CustomerId> found = new LinkedHashSet<>();
        String cursor = null;
        int seen = 0;
        do {
            Page<Customer> page = customers.list(tenant, new PageRequest(PageRequest.MAX_LIMIT, cursor));
            for (Customer customer : page.items()) {
                if (customer.name() != null && matches(normalized(customer.name()), words)) {
                    found.add(customer.id());
                    if (found.size() == MAX_MATCHES) {
                        return found;
                    }
                }
            }
            seen += page.items().size();
            cursor = page.nextCursor();
        } while (cursor != null && seen < NAME_WINDOW);
        return found;
    }

    static boolean matches(String name, String[] words) {
        return Arrays.stream(words).allMatch(name::contains);
    }

    /** Lower case, accents removed (ß as ss), runs of spaces and punctuation as one space. */
    static String normalized(String text) {
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private String country(TenantContext tenant) {
        return companies.find(tenant.companyId()).map(c -> c.country()).orElse(null);
    }
}
