package com.askpro.booking.adapter.calcom;

import com.askpro.booking.adapter.calcom.CalcomDtos.SlotItem;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adapter: turns the {@code GET /v2/slots} day map into domain slots grouped by local day. */
final class CalcomSlots {

    private static final Logger LOG = LoggerFactory.getLogger(CalcomSlots.class);

    private CalcomSlots() {}

    /**
     * Groups slots by the local date of their start in {@code zone} (not by the map key, so a
     * slot is never filed under the wrong day); a slot without an end lasts {@code fallback}.
     */
    static Map<LocalDate, List<AvailableSlot>> byLocalDay(
            Map<String, List<SlotItem>> data, ZoneId zone, Duration fallback) {
        Map<LocalDate, List<AvailableSlot>> byDay = new TreeMap<>();
        data.values().stream()
                .filter(items -> items != null)
                .flatMap(List::stream)
                .forEach(item -> {
                    try {
                        OffsetDateTime start = OffsetDateTime.parse(item.start());
                        TimeSlot slot = item.end() == null
                                ? TimeSlot.of(start.toInstant(), fallback)
                                : new TimeSlot(
                                        start.toInstant(),
                                        OffsetDateTime.parse(item.end()).toInstant());
                        byDay.computeIfAbsent(start.atZoneSameInstant(zone).toLocalDate(), day -> new ArrayList<>())
                                .add(new AvailableSlot(slot, null));
                    } catch (DateTimeParseException | NullPointerException | IllegalArgumentException e) {
                        LOG.warn("skipping unreadable Cal.com slot {}", item, e);
                    }
                });
        byDay.replaceAll((day, slots) -> slots.stream().sorted().distinct().toList());
        return byDay;
    }
}
