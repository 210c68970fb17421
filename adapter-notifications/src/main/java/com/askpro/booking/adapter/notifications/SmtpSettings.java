package com.askpro.booking.adapter.notifications;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where and how to reach the mail server, read from one URL: {@code smtp://user:pass@host:port}
 * uses STARTTLS when the server offers it, {@code ?starttls=required} refuses to go on without it,
 * {@code smtps://} speaks TLS from the first byte. User and password are percent-decoded; without
 * them no authentication is attempted. Default ports: 587 ({@code smtp}), 465 ({@code smtps}).
 */
public record SmtpSettings(String host, int port, String user, String password, Security security, String from) {

    /** How the connection is protected. */
    public enum Security {
        /** STARTTLS when the server offers it, plain otherwise. */
        STARTTLS_WHEN_OFFERED,
        /** STARTTLS or no message. */
        STARTTLS_REQUIRED,
        /** TLS from the start (smtps). */
        IMPLICIT_TLS
    }

    /** Parses the URL; an unusable one is an {@link IllegalArgumentException} whose message never shows the password. */
    public static SmtpSettings parse(String url, String from) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a URL like smtp://user:password@host:587");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps")) {
            throw new IllegalArgumentException("must start with smtp:// or smtps://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("names no host (smtp://user:password@host:587)");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        Security security = scheme.equals("smtps") ? Security.IMPLICIT_TLS : Security.STARTTLS_WHEN_OFFERED;
        String query = uri.getRawQuery();
        if (query != null && !query.isBlank()) {
            for (String part : query.split("&")) {
                if (part.equalsIgnoreCase("starttls=required")) {
                    if (security == Security.IMPLICIT_TLS) {
                        throw new IllegalArgumentException("smtps:// is TLS already; starttls=required is for smtp://");
                    }
                    security = Security.STARTTLS_REQUIRED;
                } else if (!part.equalsIgnoreCase("starttls=optional")) {
                    throw new IllegalArgumentException("knows only the option starttls=required");
                }
            }
        }
        int port = uri.getPort() > 0 ? uri.getPort() : security == Security.IMPLICIT_TLS ? 465 : 587;
        if (from == null || !from.matches("(?s).*[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+.*")) {
            throw new IllegalArgumentException("needs ASKPRO_MAIL_FROM, the sender address (e.g. termine@example.com)");
        }
        return new SmtpSettings(uri.getHost(), port, blankToNull(user), password, security, from.strip());
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + (user == null ? "" : ", user set") + "]";
    }
}
