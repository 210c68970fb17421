package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.RequestKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Use case: book at most once per idempotency key. A front end whose client may repeat a request
 * (an AI agent retrying after a timeout) passes the client's key; the first request under it
 * books through {@link BookAppointment} as usual, every repetition answers that same appointment,
 * even when it arrives at the same moment at another instance ({@link RequestKeys} decides). A key
 * reused for a different request is refused. Without a key this is {@link BookAppointment}.
 */
public final class BookOnce {

    /** A claim whose holder has not finished by then is considered dead and may be taken over. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private static final int MAX_KEY_LENGTH = 200;

    private final BookAppointment book;
    private final RequestKeys keys;
    private final Appointments appointments;

    public BookOnce(BookAppointment book, RequestKeys keys, Appointments appointments) {
        this.book = book;
        this.keys = keys;
        this.appointments = appointments;
    }

    /** What {@link #book} answers. */
    public sealed interface Outcome {

        /** The request was served now: what {@link BookAppointment} answered. */
        record Served(BookAppointment.Outcome outcome) implements Outcome {}

        /** The request was made before under this key and booked {@code appointment}. */
        record Repeated(Appointment appointment) implements Outcome {}

        /** The key was used before for a different request. */
        record KeyReused() implements Outcome {}

        /** The first request under this key is still being served; try again in a moment. */
        record InProgress() implements Outcome {}

        /** The key is empty or longer than 200 characters. */
        record InvalidKey() implements Outcome {}
    }

    /** {@code key} null: no idempotency asked for. */
    public Outcome book(BookAppointment.Command command, String key) {
        if (key == null) {
            return new Outcome.Served(book.book(command));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return new Outcome.InvalidKey();
        }
        CallerContext caller = command.caller();
        String keyDigest = sha256(key);
        String fingerprint = fingerprint(command);
        RequestKeys.Claim claim = keys.claim(caller.tenant(), keyDigest, fingerprint, caller.now(), STALE_AFTER);
        if (claim instanceof RequestKeys.Claim.Completed completed) {
            if (!completed.fingerprint().equals(fingerprint)) {
                return new Outcome.KeyReused();
            }
            Optional<Appointment> appointment = appointments.find(caller.tenant(), completed.appointment());
            return appointment.<Outcome>map(Outcome.Repeated::new).orElseGet(Outcome.KeyReused::new);
        }
        if (claim instanceof RequestKeys.Claim.Pending pending) {
            return pending.fingerprint().equals(fingerprint) ? new Outcome.InProgress() : new Outcome.KeyReused();
        }
        BookAppointment.Outcome outcome;
        try {
            outcome = book.book(command);
        } catch (RuntimeException e) {
            keys.release(caller.tenant(), keyDigest);
            throw e;
        }
        if (outcome instanceof BookAppointment.Outcome.Booked booked) {
            keys.complete(caller.tenant(), keyDigest, booked.appointment().id());
        } else {
            keys.release(caller.tenant(), keyDigest);
        }
        return new Outcome.Served(outcome);
    }

    /** What makes two requests the same: branch, service, staff, day, time, and who for. */
    private static String fingerprint(BookAppointment.Command c) {
        return sha256(String.join(
                "\u0000",
                c.caller().branch().id().toString(),
                String.valueOf(c.service()),
                String.valueOf(c.staff()),
                String.valueOf(c.date()),
                String.valueOf(c.time()),
                String.valueOf(c.customerName()),
                String.valueOf(c.phone()),
                String.valueOf(c.caller().caller()),
                String.valueOf(c.email())));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
