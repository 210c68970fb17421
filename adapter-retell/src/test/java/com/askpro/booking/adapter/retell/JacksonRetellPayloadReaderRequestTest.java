package com.askpro.booking.adapter.retell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.application.voiceagent.FunctionCallRequest;
import com.askpro.booking.application.voiceagent.InboundCallRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The synchronous requests: {@code call_inbound} and custom-function calls. */
class JacksonRetellPayloadReaderRequestTest {

    final JacksonRetellPayloadReader reader = new JacksonRetellPayloadReader();

    @Test
    void inboundWithCallIdAndSipHeaders() {
        InboundCallRequest inbound = reader.readInbound(utf8("""
                {"event":"call_inbound","event_timestamp":1780012672105,
                 "call_inbound":{"agent_id":"agent_12345","agent_version":1,"from_number":"+4915112345678",
                   "to_number":"+493012345678","call_id":"call_abc",
                   "custom_sip_headers":{"x-my-header":"my-value","p-asserted-identity":"<sip:+49151@example.com>"}}}"""));

        assertThat(inbound)
                .isEqualTo(new InboundCallRequest("+4915112345678", "+493012345678", "agent_12345", "call_abc"));
    }

    @Test
    void inboundWithoutCallIdAgentOrSipHeaders() {
        InboundCallRequest inbound = reader.readInbound(utf8("""
                {"event":"call_inbound","call_inbound":{"from_number":"+4915112345678","to_number":"+493012345678"}}"""));

        assertThat(inbound).isEqualTo(new InboundCallRequest("+4915112345678", "+493012345678", null, null));
    }

    @Test
    void inboundWithoutEventFieldIsStillRead() {
        InboundCallRequest inbound = reader.readInbound(utf8("{\"call_inbound\":{\"to_number\":\"+493012345678\"}}"));
        assertThat(inbound.toNumber()).isEqualTo("+493012345678");
        assertThat(inbound.fromNumber()).isNull();
    }

    @Test
    void functionCallWithNestedArgsNumbersAndBooleans() {
        FunctionCallRequest request = reader.readFunctionCall(utf8("""
                {"name":"book_appointment",
                 "args":{"service":"Haarschnitt","date":"2026-03-06","time":"14:30","customer_name":"Anna M\u00fcller",
                   "party_size":2,"confirmed":true,"notes":null,"price":12.5,"tip":0.1,"precise":3.14159265358979323846264,
                   "huge":123456789012345678901234567890,"tags":["neu",1,false,null],
                   "contact":{"phone":"+4915112345678","prefs":{"sms":false,"calls":[1,2]}}},
                 "call":{"call_id":"c1","call_status":"ongoing","direction":"inbound",
                   "from_number":"+4915112345678","to_number":"+493012345678","agent_id":"agent_12345",
                   "start_timestamp":1714608475945,"transcript":"User: Freitag halb drei bitte.",
                   "transcript_with_tool_calls":[{"role":"tool_call_invocation","tool_call_id":"t1","name":"book_appointment",
                     "arguments":"{\\"service\\":\\"Haarschnitt\\"}"}],
                   "retell_llm_dynamic_variables":{"branch_id":"b1"}}}"""));

        assertThat(request.name()).isEqualTo("book_appointment");
        Map<String, Object> args = request.args();
        assertThat(args)
                .containsEntry("service", "Haarschnitt")
                .containsEntry("customer_name", "Anna M\u00fcller")
                .containsEntry("party_size", 2L)
                .containsEntry("confirmed", true)
                .containsEntry("notes", null)
                .containsEntry("price", 12.5)
                .containsEntry("tip", 0.1)
                .containsEntry("precise", new BigDecimal("3.14159265358979323846264"))
                .containsEntry("huge", new BigDecimal("123456789012345678901234567890"));
        assertThat(args.keySet()).startsWith("service", "date", "time", "customer_name");
        assertThat(args.get("tags")).isEqualTo(Arrays.asList("neu", 1L, false, null));
        assertThat(args.get("contact"))
                .isEqualTo(Map.of("phone", "+4915112345678", "prefs", Map.of("sms", false, "calls", List.of(1L, 2L))));
        assertThat(request.call().callId()).isEqualTo("c1");
        assertThat(request.call().toNumber()).isEqualTo("+493012345678");
        assertThat(request.call().callStatus()).isEqualTo("ongoing");
        assertThat(request.call().facts().startedAt()).isEqualTo(Instant.ofEpochMilli(1714608475945L));
        assertThat(request.call().facts().transcript()).isEqualTo("User: Freitag halb drei bitte.");
    }

    @Test
    void nestedArgsAreUnmodifiable() {
        FunctionCallRequest request =
                reader.readFunctionCall(utf8("{\"name\":\"x\",\"args\":{\"list\":[1],\"map\":{\"a\":1}}}"));
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) request.args().get("list");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) request.args().get("map");
        assertThatThrownBy(() -> list.add(2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.args().put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void functionCallWithoutArgsOrCall() {
        FunctionCallRequest request = reader.readFunctionCall(utf8("{\"name\":\"list_services\"}"));
        assertThat(request.name()).isEqualTo("list_services");
        assertThat(request.args()).isEmpty();
        assertThat(request.call()).isNull();

        FunctionCallRequest nullArgs = reader.readFunctionCall(
                utf8("{\"name\":\"find_my_appointments\",\"args\":null,\"call\":{\"call_id\":\"c1\"}}"));
        assertThat(nullArgs.args()).isEmpty();
        assertThat(nullArgs.call().callId()).isEqualTo("c1");

        assertThat(reader.readFunctionCall(utf8("{\"name\":\"list_services\",\"args\":{}}"))
                        .args())
                .isEmpty();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
