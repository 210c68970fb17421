package com.askpro.booking.adapter.retell.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.application.onboarding.ToolDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one tool catalog: SPEC §5.1's six functions, and {@code docs/retell-tools.md} shows exactly
 * what provisioning sends (each JSON block of the page is compared with the catalog).
 */
class RetellToolCatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RetellToolCatalog catalog = RetellToolCatalog.load();

    @Test
    @SuppressWarnings("unchecked")
    void theCatalogHoldsTheSixFunctionsOfTheSpecWithObjectSchemas() {
        assertThat(catalog.tools())
                .extracting(ToolDefinition::name)
                .containsExactly(
                        "list_services",
                        "check_availability",
                        "book_appointment",
                        "find_my_appointments",
                        "reschedule_appointment",
                        "cancel_appointment");
        assertThat(catalog.tools()).allSatisfy(t -> assertThat(t.parameters()).containsEntry("type", "object"));
        ToolDefinition book = catalog.tools().get(2);
        assertThat((List<Object>) book.parameters().get("required"))
                .containsExactly("service", "date", "time", "customer_name");
    }

    @Test
    void aCustomToolCarriesTheCommonFieldsTheUrlAndTheSchema() {
        Map<String, Object> tool =
                catalog.customTool(catalog.tools().get(1), "https://askpro.example.com/webhooks/retell/functions");
        assertThat(tool)
                .containsEntry("type", "custom")
                .containsEntry("name", "check_availability")
                .containsEntry("url", "https://askpro.example.com/webhooks/retell/functions")
                .containsEntry("method", "POST")
                .containsEntry("speak_during_execution", true)
                .containsEntry("timeout_ms", 10000)
                .containsEntry("parameters", catalog.tools().get(1).parameters());
    }

    @Test
    void docsRetellToolsMdShowsExactlyTheCatalog() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "retell-tools.md"), StandardCharsets.UTF_8);
        Matcher blocks = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(page);
        JsonNode common = null;
        List<JsonNode> tools = new ArrayList<>();
        while (blocks.find()) {
            JsonNode block = JSON.readTree(blocks.group(1));
            if (block.has("name")) {
                tools.add(block);
            } else if (block.has("url")) {
                common = block;
            }
        }
        assertThat(common).as("the common-fields block").isNotNull();
        JsonNode expectedCommon = JSON.valueToTree(catalog.common());
        JsonNode shownCommon = ((com.fasterxml.jackson.databind.node.ObjectNode) common.deepCopy()).without("url");
        assertThat(shownCommon).isEqualTo(expectedCommon);
        assertThat(common.path("url").asText()).endsWith("/webhooks/retell/functions");
        assertThat(tools).hasSameSizeAs(catalog.tools());
        for (int i = 0; i < tools.size(); i++) {
            ToolDefinition tool = catalog.tools().get(i);
            assertThat(tools.get(i).path("name").asText()).isEqualTo(tool.name());
            assertThat(tools.get(i).path("description").asText())
                    .as(tool.name())
                    .isEqualTo(tool.description());
            assertThat(tools.get(i).path("parameters")).as(tool.name()).isEqualTo(JSON.valueToTree(tool.parameters()));
        }
    }

    @Test
    void aBrokenCatalogIsRefusedWhenRead() {
        assertThatThrownBy(
                        () -> RetellToolCatalog.parse("{\"common\":{},\"tools\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RetellToolCatalog.parse(
                        ("{\"common\":{},\"tools\":[{\"name\":\"bad name\",\"description\":\"x\","
                                        + "\"parameters\":{\"type\":\"object\"}}]}")
                                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        RetellToolCatalog.parse(("{\"common\":{},\"tools\":[{\"name\":\"ok\",\"description\":\"x\","
                                        + "\"parameters\":{\"type\":\"array\"}}]}")
                                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
