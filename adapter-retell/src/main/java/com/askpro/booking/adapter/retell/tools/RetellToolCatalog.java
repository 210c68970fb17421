package com.askpro.booking.adapter.retell.tools;

import com.askpro.booking.application.onboarding.ToolDefinition;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapter: the one catalog of our Retell custom functions (SPEC §5.1), read from the resource
 * {@code retell-tools.json}: the fields every tool shares ({@code type}, {@code method}, speaking
 * and timeout settings) and per tool its name, description and JSON Schema. Provisioning sends
 * exactly these; {@code docs/retell-tools.md} is checked against them by a test. Adding an argument
 * is an edit of the JSON, not of code.
 */
public final class RetellToolCatalog {

    static final String RESOURCE = "retell-tools.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> common;
    private final List<ToolDefinition> tools;

    private RetellToolCatalog(Map<String, Object> common, List<ToolDefinition> tools) {
        this.common = Map.copyOf(common);
        this.tools = List.copyOf(tools);
    }

    /** The catalog shipped with this adapter. */
    public static RetellToolCatalog load() {
        try (InputStream in = RetellToolCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RetellToolCatalog parse(byte[] json) throws IOException {
        Map<String, Object> root = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
        @SuppressWarnings("unchecked")
        Map<String, Object> common = (Map<String, Object>) root.get("common");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) root.get("tools");
        if (common == null || entries == null || entries.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " needs 'common' and a non-empty 'tools'");
        }
        @SuppressWarnings("unchecked")
        List<ToolDefinition> tools = entries.stream()
                .map(e ->
                        new ToolDefinition((String) e.get("name"), (String) e.get("description"), (Map<String, Object>)
                                e.get("parameters")))
                .toList();
        return new RetellToolCatalog(common, tools);
    }

    public List<ToolDefinition> tools() {
        return tools;
    }

    /** The fields every tool shares, without its URL. */
    public Map<String, Object> common() {
        return common;
    }

    /** The Retell {@code CustomTool} object for {@code tool} posting to {@code url}. */
    public Map<String, Object> customTool(ToolDefinition tool, String url) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", common.get("type"));
        out.put("name", tool.name());
        out.put("description", tool.description());
        out.put("url", url);
        common.forEach((key, value) -> out.putIfAbsent(key, value));
        out.put("parameters", tool.parameters());
        return out;
    }
}
