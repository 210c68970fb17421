package com.askpro.booking.domain.shared;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one definition of acceptable text, shared by the value objects ({@link Require#text}) and the
 * inbound adapters' strict decoding: UTF-8 only (malformed and overlong sequences, encoded
 * surrogates refused), no NUL or other control character (tab, line feed and carriage return only
 * where multi-line text makes sense), no unpaired surrogate.
 */
public final class Text {

    private Text() {}

    /**
     * Decodes {@code bytes} as strict UTF-8. Java's decoder with {@code REPORT} refuses malformed,
     * overlong and surrogate-encoding sequences, so the text re-encodes to exactly the bytes given.
     * A byte-order mark is refused too (JSON must not carry one, RFC 8259 §8.1).
     *
     * @throws InvalidValueException naming {@code field} when the bytes are not such UTF-8
     */
    public static String utf8(String field, byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new InvalidValueException(field, "must be UTF-8 without a byte-order mark");
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new InvalidValueException(field, "must be UTF-8 (it has a malformed or overlong byte sequence)");
        }
    }

    /**
     * What is wrong with {@code text}, or empty when it is clean. {@code multiLine} allows tab,
     * line feed and carriage return; every other C0/C1 control character, DEL and NUL is refused,
     * as is a lone (unpaired) surrogate.
     */
    public static Optional<String> problem(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of("must not contain NUL characters");
            }
            if (Character.isISOControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of(
                        multiLine
                                ? "must not contain control characters"
                                : "must not contain control characters or line breaks");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("must not contain unpaired surrogates");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("must not contain unpaired surrogates");
            }
        }
        return Optional.empty();
    }

    /** {@link #problem} as a guard. */
    public static String requireClean(String field, String text, boolean multiLine) {
        problem(text, multiLine).ifPresent(why -> {
            throw new InvalidValueException(field, why);
        });
        return text;
    }

    /** A clean, at most {@code maxLength} characters long value (blank allowed), or the refusal. */
    public static String requireBounded(String field, String text, int maxLength, boolean multiLine) {
        if (text.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return requireClean(field, text, multiLine);
    }
}
