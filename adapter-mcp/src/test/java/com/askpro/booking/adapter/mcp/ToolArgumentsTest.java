package com.askpro.booking.adapter.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolArgumentsTest {

    private static final Set<String> KNOWN = Set.of("date", "time", "name", "limit");

    @Test
    void typedValuesAreRead() {
        ToolArguments args =
                new ToolArguments(Map.of("date", "2027-03-30", "time", "9:05", "name", "  Erika ", "limit", 5), KNOWN);
        assertThat(args.requiredDate("date")).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(args.requiredTime("time")).isEqualTo(LocalTime.of(9, 5));
        assertThat(args.requiredText("name", "x")).isEqualTo("Erika");
        assertThat(args.integer("limit", 1, 100, 20)).isEqualTo(5);
        assertThat(new ToolArguments(null, KNOWN).integer("limit", 1, 100, 20)).isEqualTo(20);
    }

    @Test
    void badValuesNameTheArgumentAndAGoodExample() {
        assertThatThrownBy(() -> new ToolArguments(Map.of("tenant", "x"), KNOWN))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("'tenant' is not an argument")
                .hasMessageContaining("date, limit, name, time");
        assertThatThrownBy(() -> new ToolArguments(Map.of("date", "30.03.2027"), KNOWN).requiredDate("date"))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> new ToolArguments(Map.of("time", "25:00"), KNOWN).requiredTime("time"))
                .hasMessageContaining("HH:mm");
        assertThatThrownBy(() -> new ToolArguments(Map.of("name", 42), KNOWN).text("name"))
                .hasMessageContaining("must be a string");
        assertThatThrownBy(() -> new ToolArguments(Map.of("name", "x".repeat(501)), KNOWN).text("name"))
                .hasMessageContaining("500");
        assertThatThrownBy(() -> new ToolArguments(Map.of("limit", 2.5), KNOWN).integer("limit", 1, 100, 20))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> new ToolArguments(Map.of("limit", 1000), KNOWN).integer("limit", 1, 100, 20))
                .hasMessageContaining("between 1 and 100");
        assertThatThrownBy(() -> new ToolArguments(Map.of(), KNOWN).requiredText("name", "Erika"))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("'name' is required");
    }
}
