package com.askpro.booking.adapter.http.cluster;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which address a request comes from. The connection's peer, unless that peer is one of the
 * configured trusted proxies (addresses or CIDR ranges): then {@code X-Forwarded-For} is read from
 * the right, skipping trusted proxies, and the first other address is the client's. A header from
 * anybody else is ignored, so a client cannot pick its own address to dodge a limit.
 */
public final class ClientAddresses {

    /** An address or a range ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    private record Range(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> trusted;

    private ClientAddresses(List<Range> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** No trusted proxy: the peer address is always the client's. */
    public static ClientAddresses direct() {
        return new ClientAddresses(List.of());
    }

    /**
     * The trusted proxies as literal addresses or CIDR ranges ({@code 10.0.0.1}, {@code 10.0.0.0/8}).
     *
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public static ClientAddresses trusting(List<String> proxies) {
        List<Range> ranges = new ArrayList<>();
        for (String proxy : proxies) {
            ranges.add(range(proxy.strip())
                    .orElseThrow(
                            () -> new IllegalArgumentException("not an IP address or CIDR range: '" + proxy + "'")));
        }
        return new ClientAddresses(ranges);
    }

    /** True when {@code text} is a literal address or CIDR range (for configuration checks). */
    public static boolean isAddressOrRange(String text) {
        return range(text.strip()).isPresent();
    }

    /** The client address of the request. */
    public String of(Context ctx) {
        return of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    }

    String of(String peer, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !literal(hop).map(this::trusted).orElse(false)) {
                return hop;
            }
        }
        String first = hops.length == 0 ? "" : hops[0].strip();
        return first.isEmpty() ? peer : first;
    }

    private boolean isTrusted(String peer) {
        return literal(peer).map(this::trusted).orElse(false);
    }

    private boolean trusted(byte[] address) {
        return trusted.stream().anyMatch(r -> r.contains(address));
    }

    private static Optional<Range> range(String text) {
        int slash = text.indexOf('/');
        Optional<byte[]> address = literal(slash < 0 ? text : text.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int max = address.get().length * 8;
        int bits = max;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (bits < 0 || bits > max) {
                return Optional.empty();
            }
        }
        return Optional.of(new Range(address.get(), bits));
    }

    /** The bytes of a literal IPv4 or IPv6 address; empty for anything else (no name is ever looked up). */
    private static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return Optional.empty();
        }
        String candidate = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean v4 = candidate.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = candidate.contains(":") && candidate.matches("[0-9a-fA-F:.]+");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
