package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Pages of an already sorted list; the cursor is the id of the last item shown (opaque base64url). */
final class Pages {

    private Pages() {}

    static <T> Page<T> of(List<T> sorted, Function<T, UUID> id, PageRequest request) {
        int from = 0;
        if (request.cursor() != null) {
            UUID after = parse(request.cursor());
            int at = -1;
            for (int i = 0; i < sorted.size(); i++) {
                if (id.apply(sorted.get(i)).equals(after)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw invalid();
            }
            from = at + 1;
        }
        int to = Math.min(sorted.size(), from + request.limit());
        List<T> items = sorted.subList(from, to);
        String next = to < sorted.size() ? encode(id.apply(sorted.get(to - 1))) : null;
        return new Page<>(items, next);
    }

    private static String encode(UUID id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(id.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static UUID parse(String cursor) {
        try {
            UUID id = UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (!encode(id).equals(cursor)) {
                throw invalid();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("cursor", "is not a cursor this API handed out");
    }
}
