package com.askpro.booking.adapter.mcp;

import java.util.List;

/**
 * A tool call that cannot be served as asked. It becomes a tool result with {@code isError: true}
 * whose text tells the agent what to change; {@code code} is stable ({@code invalid_argument},
 * {@code not_found}, {@code forbidden}, ...), {@code argument} names the argument at fault and
 * {@code options} lists what the agent may pick from.
 */
final class ToolFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String argument;
    private final transient List<String> options;

    ToolFailure(String code, String argument, String message, List<String> options) {
        super(message);
        this.code = code;
        this.argument = argument;
        this.options = options == null ? List.of() : List.copyOf(options);
    }

    static ToolFailure invalid(String argument, String message) {
        return new ToolFailure("invalid_argument", argument, "'" + argument + "' " + message, null);
    }

    static ToolFailure invalid(String argument, String message, List<String> options) {
        return new ToolFailure("invalid_argument", argument, "'" + argument + "' " + message, options);
    }

    static ToolFailure notFound(String what) {
        return new ToolFailure("not_found", null, "no such " + what + " in this tenant", null);
    }

    static ToolFailure forbidden(String message) {
        return new ToolFailure("forbidden", null, message, null);
    }

    String code() {
        return code;
    }

    String argument() {
        return argument;
    }

    List<String> options() {
        return options;
    }
}
