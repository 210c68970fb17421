package com.askpro.booking.application.booking;

import java.util.List;

/**
 * What a function call answers: a record serialised as compact JSON, always with a {@code message}
 * the agent can speak. Field names become snake_case; null fields are left out.
 */
public interface FunctionAnswer {

    String message();

    /** The call could not be served as asked: {@code error} is a stable code, {@code options} what to pick from. */
    record Error(String error, String message, List<String> options) implements FunctionAnswer {
        public Error {
            options = options == null ? null : List.copyOf(options);
        }

        public Error(String error, String message) {
            this(error, message, null);
        }
    }

    /** A time as answered to the agent: ISO-8601 with the branch's offset, and the staff member. */
    record Slot(String start, String end, String staff) {
    }
}
