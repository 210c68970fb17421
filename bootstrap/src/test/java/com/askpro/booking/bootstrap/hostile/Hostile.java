package com.askpro.booking.bootstrap.hostile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Test support: generators of hostile input and a JSON writer that can say anything (NUL, lone
 * surrogates as {@code \\uXXXX} escapes, any shape). A "poison" string is one every endpoint must
 * refuse wherever it appears: it carries NUL, a control character that is not tab or a line break,
 * or an unpaired surrogate.
 */
final class Hostile {

    private Hostile() {}

    /** Raw JSON text, written as is by {@link #json}. */
    record Raw(String json) {}

    static final List<Character> POISON_CHARS = List.of(
            '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085',
            '\u009f', '\ud800', '\udbff', '\udc00', '\udfff');

    /** A string that is refused anywhere: clean text around at least one poison character. */
    static Arbitrary<String> poison() {
        // BMP letters only around it, and a fixed 'z' on either side: a lone surrogate can never pair up.
        Arbitrary<String> around = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars("äß€ -_.:+")
                .ofMaxLength(40);
        return Combinators.combine(
                        around,
                        Arbitraries.of(POISON_CHARS),
                        around,
                        Arbitraries.integers().between(1, 3))
                .as((a, c, b, n) -> a + "z" + String.valueOf(c).repeat(n) + "z" + b);
    }

    /** One-line text that breaks a one-line field: a line break or tab inside. */
    static Arbitrary<String> multiLine() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(20)
                .map(s -> s + Arbitraries.of("\n", "\r", "\t", "\r\n").sample() + s);
    }

    /** Text longer than {@code limit}, sometimes by far. */
    static Arbitrary<String> tooLong(int limit) {
        return Arbitraries.integers()
                .between(limit + 1, Math.max(limit + 2, Math.min(limit * 40, 150_000)))
                .map(n -> "x".repeat(n));
    }

    static Arbitrary<String> absurdDates() {
        return Arbitraries.of(
                "+999999999-12-31",
                "-999999999-01-01",
                "0000-01-01",
                "1999-12-31",
                "2101-01-01",
                "9999-12-31",
                "+10000-01-01",
                "2026-02-30",
                "2026-13-01",
                "20260101",
                "2026-1-1",
                "",
                " ",
                "2026-03-29T25:00",
                "null");
    }

    static Arbitrary<String> absurdInstants() {
        return Arbitraries.of(
                "+1000000000-12-31T23:59:59.999999999Z",
                "-1000000000-01-01T00:00:00Z",
                "+999999999-12-31T23:59:59Z",
                "2101-01-01T00:00:00Z",
                "1999-12-31T23:59:59Z",
                "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z",
                "2026-01-01T00:00:00",
                "2026-01-01",
                "tomorrow",
                "2026-01-01T25:00:00Z");
    }

    static Arbitrary<Long> absurdEpochMillis() {
        return Arbitraries.of(
                Long.MAX_VALUE,
                Long.MAX_VALUE / 2,
                4_102_444_800_000L * 10,
                4_133_980_800_000L,
                946_684_799_999L,
                1L,
                0L);
    }

    /** Any JSON value of a random type and shape (may be valid; combine with a sure refusal). */
    static Arbitrary<Object> anyJson() {
        return Arbitraries.lazyOf(
                () -> Arbitraries.strings().ofMaxLength(30).map(s -> (Object) s),
                () -> Arbitraries.longs().map(l -> (Object) l),
                () -> Arbitraries.of(1e308, -0.0, 3.5, 1e-300).map(d -> (Object) d),
                () -> Arbitraries.of(
                                new Raw("1e400"),
                                new Raw("-1e400"),
                                new Raw("123456789012345678901234567890"),
                                new Raw("{}"),
                                new Raw("[]"),
                                new Raw("null"),
                                new Raw("true"),
                                new Raw("false"))
                        .map(r -> (Object) r),
                () -> anyJson().list().ofMaxSize(3).map(l -> (Object) l),
                () -> Combinators.combine(
                                Arbitraries.strings().withCharRange('a', 'z').ofLength(3), anyJson())
                        .as((k, v) -> (Object) Map.of(k, v)));
    }

    /** A value of the wrong JSON type for a text field. */
    static Arbitrary<Object> notText() {
        return Arbitraries.of(
                new Raw("42"),
                new Raw("-1"),
                new Raw("1.5"),
                new Raw("true"),
                new Raw("[]"),
                new Raw("[\"a\"]"),
                new Raw("{}"),
                new Raw("{\"a\":1}"),
                new Raw("1e400"));
    }

    /** A copy of {@code template} with {@code value} at {@code path} (dot-separated; made when missing). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> template, String path, Object value) {
        Map<String, Object> copy = deepCopy(template);
        String[] parts = path.split("\\.");
        Map<String, Object> node = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            Object child = node.get(parts[i]);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(parts[i], child);
            }
            node = (Map<String, Object>) child;
        }
        node.put(parts[parts.length - 1], value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v));
        return copy;
    }

    /** JSON text; every character outside printable ASCII is written as a {@code \\uXXXX} escape. */
    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7e) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                write(out, String.valueOf(e.getKey()));
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    /** {@code json} in an encoding other than strict UTF-8, or with bytes that break UTF-8. */
    static Arbitrary<byte[]> badlyEncoded(String json) {
        List<Arbitrary<byte[]>> ways = new ArrayList<>();
        for (String charset : List.of("UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE")) {
            ways.add(Arbitraries.just(json.getBytes(Charset.forName(charset))));
        }
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        ways.add(Arbitraries.just(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)));
        // overlong encodings of '"', '/' and NUL, an encoded surrogate, stray continuation and 0xFF bytes
        for (byte[] bad : List.of(
                new byte[] {(byte) 0xC0, (byte) 0xA2},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
            ways.add(Arbitraries.integers().between(0, utf8.length).map(at -> insideString(utf8, bad, at)));
        }
        return Arbitraries.oneOf(ways);
    }

    /** {@code bad} placed inside the first string value at or after {@code at} (or at the end of the first string). */
    private static byte[] insideString(byte[] utf8, byte[] bad, int at) {
        int quote = -1;
        for (int i = Math.min(at, utf8.length - 1); i < utf8.length; i++) {
            if (utf8[i] == '"') {
                quote = i;
                break;
            }
        }
        int position = quote < 0 ? 2 : quote + 1;
        byte[] out = new byte[utf8.length + bad.length];
        System.arraycopy(utf8, 0, out, 0, position);
        System.arraycopy(bad, 0, out, position, bad.length);
        System.arraycopy(utf8, position, out, position + bad.length, utf8.length - position);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
