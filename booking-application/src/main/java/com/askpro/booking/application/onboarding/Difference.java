package com.askpro.booking.application.onboarding;

/** One field where the platform's current state differs from what we would provision now. */
public record Difference(String resource, String field, String expected, String actual) {

    private static final int MAX = 300;

    static Difference of(String resource, String field, Object expected, Object actual) {
        return new Difference(resource, field, shorten(expected), shorten(actual));
    }

    private static String shorten(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
    }
}
