package com.askpro.booking.bootstrap.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Test support: a stateful stand-in for Retell's provisioning API on MockWebServer. Keeps LLMs,
 * agents and numbers like Retell would (so re-provisioning and drift can be observed), records every
 * request, and answers injected failures for an operation before its normal answer.
 */
final class FakeRetell extends Dispatcher {

    static final String KEY = "key_provisioning_0123456789";
    static final ObjectMapper JSON = new ObjectMapper();

    /** One request as Retell received it. */
    record Seen(String method, String target, String authorization, JsonNode body) {
        String operation() {
            String path = target.substring(1);
            int slash = path.indexOf('/');
            return slash < 0 ? path : path.substring(0, slash);
        }

        boolean writes() {
            return !method.equals("GET");
        }
    }

    final Map<String, ObjectNode> llms = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> agents = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> numbers = new ConcurrentHashMap<>();
    private final List<Seen> seen = new ArrayList<>();
    private final Map<String, Deque<MockResponse>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    synchronized List<Seen> requests() {
        return List.copyOf(seen);
    }

    synchronized void clearRequests() {
        seen.clear();
        failures.clear();
    }

    /** The next calls of {@code operation} (e.g. {@code create-agent}) answer these, in order. */
    void fail(String operation, MockResponse... responses) {
        failures.computeIfAbsent(operation, o -> new ArrayDeque<>()).addAll(List.of(responses));
    }

    /** A number as it exists in Retell, with no agent bound. */
    void addNumber(String e164) {
        numbers.put(e164, JSON.createObjectNode().put("phone_number", e164).put("phone_number_type", "custom"));
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        JsonNode body = null;
        try {
            String text = request.getBody() == null ? "" : request.getBody().utf8();
            body = text.isEmpty() ? null : JSON.readTree(text);
        } catch (Exception e) {
            body = JSON.getNodeFactory().textNode("unparseable");
        }
        Seen s = new Seen(
                request.getMethod(), request.getTarget(), request.getHeaders().get("Authorization"), body);
        synchronized (this) {
            seen.add(s);
        }
        Deque<MockResponse> injected = failures.get(s.operation());
        if (injected != null) {
            MockResponse failure = injected.poll();
            if (failure != null) {
                return failure;
            }
        }
        if (!("Bearer " + KEY).equals(s.authorization())) {
            return json(401, "{\"status\":\"error\",\"message\":\"Unauthorized\"}");
        }
        String id = s.target().substring(s.target().indexOf('/', 1) + 1);
        return switch (s.method() + " " + s.operation()) {
            case "POST create-retell-llm" -> store(llms, "llm_id", "llm_" + ids.incrementAndGet(), (ObjectNode) body);
            case "PATCH update-retell-llm" -> update(llms, "llm_id", id, (ObjectNode) body);
            case "GET get-retell-llm" -> read(llms, id);
            case "DELETE delete-retell-llm" ->
                llms.remove(id) == null
                        ? notFound()
                        : new MockResponse.Builder().code(204).build();
            case "POST create-agent" -> store(agents, "agent_id", "agent_" + ids.incrementAndGet(), (ObjectNode) body);
            case "PATCH update-agent" -> update(agents, "agent_id", id, (ObjectNode) body);
            case "GET get-agent" -> read(agents, id);
            case "POST publish-agent" ->
                agents.containsKey(id) ? new MockResponse.Builder().code(200).build() : notFound();
            case "DELETE delete-agent" ->
                agents.remove(id) == null
                        ? notFound()
                        : new MockResponse.Builder().code(204).build();
            case "GET get-phone-number" -> read(numbers, id);
            case "PATCH update-phone-number" ->
                numbers.containsKey(id) ? update(numbers, "phone_number", id, (ObjectNode) body) : notFound();
            case "POST import-phone-number" ->
                store(numbers, "phone_number", body.path("phone_number").asText(), (ObjectNode) body);
            default -> json(404, "{\"status\":\"error\",\"message\":\"no such endpoint\"}");
        };
    }

    private static MockResponse store(Map<String, ObjectNode> where, String idField, String id, ObjectNode body) {
        ObjectNode stored = body.deepCopy().put(idField, id).put("version", 0);
        where.put(id, stored);
        return json(201, stored.toString());
    }

    private static MockResponse update(Map<String, ObjectNode> where, String idField, String id, ObjectNode body) {
        ObjectNode current = where.get(id);
        if (current == null) {
            return notFound();
        }
        ObjectNode next = current.deepCopy();
        next.setAll(body);
        next.put(idField, id).put("version", current.path("version").asInt() + 1);
        where.put(id, next);
        return json(200, next.toString());
    }

    private static MockResponse read(Map<String, ObjectNode> where, String id) {
        ObjectNode current = where.get(id);
        return current == null ? notFound() : json(200, current.toString());
    }

    private static MockResponse notFound() {
        return json(404, "{\"status\":\"error\",\"message\":\"Not Found\"}");
    }
}
