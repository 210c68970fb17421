package com.askpro.booking.domain.availability;

import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Service;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Domain service: finds the service a caller means. Words are compared case- and
 * umlaut-insensitively ("farben", "Faerben" and "FÄRBEN" all mean "Färben"). Three tiers, best
 * first: the exact name; a whole word of the request that is the name or one of the keywords
 * ("ich möchte mir die Haare schneiden lassen"); part of the name. Within a tier, services of the
 * branch come before company-wide ones. More than one match in the deciding tier is ambiguous.
 */
public final class ServiceSelector {

    private static final List<BiPredicate<String, Service>> TIERS = List.of(
            (query, service) -> normalize(service.name()).equals(query),
            (query, service) -> Stream.concat(Stream.of(service.name()), service.keywords().stream())
                    .map(ServiceSelector::normalize)
                    .anyMatch(term -> !term.isEmpty() && (" " + query + " ").contains(" " + term + " ")),
            (query, service) -> query.length() >= 3 && normalize(service.name()).contains(query));

    /** Chooses among {@code offered} (the services of {@code branch}) what {@code spoken} means. */
    public ServiceSelection select(String spoken, BranchId branch, List<Service> offered) {
        List<Service> bookable =
                offered.stream().filter(s -> s.isOfferedAt(branch)).toList();
        String query = spoken == null ? "" : normalize(spoken);
        if (query.isEmpty()) {
            return new ServiceSelection.NotFound(bookable);
        }
        List<Service> branchFirst = Stream.concat(
                        bookable.stream().filter(s -> !s.isCompanyWide()),
                        bookable.stream().filter(Service::isCompanyWide))
                .toList();
        for (BiPredicate<String, Service> tier : TIERS) {
            for (boolean companyWide : new boolean[] {false, true}) {
                List<Service> matches = branchFirst.stream()
                        .filter(s -> s.isCompanyWide() == companyWide && tier.test(query, s))
                        .toList();
                if (matches.size() == 1) {
                    return new ServiceSelection.Selected(matches.get(0));
                }
                if (matches.size() > 1) {
                    return new ServiceSelection.Ambiguous(matches);
                }
            }
        }
        return new ServiceSelection.NotFound(bookable);
    }

    /** Lower case, umlauts folded (ä, ae → a; ß → ss), accents and punctuation dropped, single spaces. */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.GERMAN).replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ae", "a")
                .replace("oe", "o")
                .replace("ue", "u")
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        return folded.strip();
    }
}
