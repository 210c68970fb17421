package com.askpro.booking.adapter.retell;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.voiceagent.AgentCallEvent;
import com.askpro.booking.domain.call.CallFacts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Call-event webhooks: mapping into {@code AgentCall}/{@code CallFacts} and the dedupe keys. */
class JacksonRetellPayloadReaderEventTest {

    static final String CALL_ENDED = """
            {"event":"call_ended","call":{"call_type":"phone_call","call_id":"Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
             "agent_id":"oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD","agent_version":3,"call_status":"ended",
             "direction":"inbound","from_number":"+4915112345678","to_number":"+493012345678",
             "start_timestamp":1714608475945,"end_timestamp":1714608491736,"duration_ms":15791,
             "disconnection_reason":"user_hangup",
             "transcript":"Agent: Guten Tag, Salon Mitte.\\nUser: Ich m\u00f6chte einen Termin.",
             "transcript_object":[{"role":"agent","content":"Guten Tag","words":[{"word":"Guten","start":0.7,"end":1.3}]}],
             "recording_url":"https://retellai.s3.us-west-2.amazonaws.com/Jabr9/recording.wav",
             "public_log_url":"https://retellai.s3.us-west-2.amazonaws.com/Jabr9/public_log.txt",
             "metadata":{"crm":"x"},"retell_llm_dynamic_variables":{"customer_name":"Anna"},
             "latency":{"e2e":{"p50":800}},"opt_out_sensitive_data_storage":false}}
            """;

    static final String CALL_ANALYZED = """
            {"event":"call_analyzed","future_top_level_field":{"a":1},
             "call":{"call_id":"Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6","direction":"inbound",
             "from_number":"+4915112345678","to_number":"+493012345678","agent_id":"oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
             "call_status":"ended","start_timestamp":1714608475945,"end_timestamp":1714608491736,"duration_ms":15791,
             "disconnection_reason":"some_future_reason","transcript":"Agent: Hallo",
             "call_analysis":{"call_summary":"The caller booked a haircut for Friday.","in_voicemail":false,
               "user_sentiment":"Positive","call_successful":true,
               "custom_analysis_data":{ "booked" : true, "service" : "Haarschnitt", "slots" : [ 1, 2 ] },
               "brand_new_analysis_field":"x"},
             "call_cost":{"product_costs":[{"product":"elevenlabs_tts","unit_price":1,"cost":60}],
               "total_duration_seconds":16,"total_duration_unit_price":1,"combined_cost":70.25},
             "some_new_field":[1,2,3]}}
            """;

    final JacksonRetellPayloadReader reader = new JacksonRetellPayloadReader();

    @Test
    void callEndedIsMappedIntoCallAndFacts() {
        AgentCallEvent event = reader.readEvent(utf8(CALL_ENDED));

        assertThat(event.event()).isEqualTo("call_ended");
        assertThat(event.isLifecycle()).isTrue();
        assertThat(event.dedupeKey()).isEqualTo("call_ended:Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6");
        assertThat(event.call().callId()).isEqualTo("Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6");
        assertThat(event.call().direction()).isEqualTo("inbound");
        assertThat(event.call().fromNumber()).isEqualTo("+4915112345678");
        assertThat(event.call().toNumber()).isEqualTo("+493012345678");
        assertThat(event.call().agentId()).isEqualTo("oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD");
        assertThat(event.call().callStatus()).isEqualTo("ended");
        CallFacts facts = event.call().facts();
        assertThat(facts.startedAt()).isEqualTo(Instant.ofEpochMilli(1714608475945L));
        assertThat(facts.endedAt()).isEqualTo(Instant.ofEpochMilli(1714608491736L));
        assertThat(facts.durationMs()).isEqualTo(15791L);
        assertThat(facts.disconnectionReason()).isEqualTo("user_hangup");
        assertThat(facts.transcript()).isEqualTo("Agent: Guten Tag, Salon Mitte.\nUser: Ich m\u00f6chte einen Termin.");
        assertThat(facts.recordingUrl()).isEqualTo("https://retellai.s3.us-west-2.amazonaws.com/Jabr9/recording.wav");
        assertThat(facts.summary()).isNull();
        assertThat(facts.sentiment()).isNull();
        assertThat(facts.successful()).isNull();
        assertThat(facts.customAnalysisJson()).isNull();
        assertThat(facts.costCents()).isNull();
    }

    @Test
    void callAnalyzedCarriesAnalysisCostAndKeepsUnknownValues() {
        AgentCallEvent event = reader.readEvent(utf8(CALL_ANALYZED));

        assertThat(event.dedupeKey()).isEqualTo("call_analyzed:Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6");
        CallFacts facts = event.call().facts();
        assertThat(facts.disconnectionReason()).isEqualTo("some_future_reason");
        assertThat(facts.summary()).isEqualTo("The caller booked a haircut for Friday.");
        assertThat(facts.sentiment()).isEqualTo("Positive");
        assertThat(facts.successful()).isTrue();
        assertThat(facts.customAnalysisJson())
                .isEqualTo("{\"booked\":true,\"service\":\"Haarschnitt\",\"slots\":[1,2]}");
        assertThat(facts.costCents()).isEqualByComparingTo(new BigDecimal("70.25"));
    }

    @Test
    void callStartedNeedsOnlyEventAndCallId() {
        AgentCallEvent event = reader.readEvent(utf8("""
                {"event":"call_started","call":{"call_id":"c1","call_status":"ongoing","start_timestamp":1714608475945,
                 "direction":"inbound","from_number":"anonymous","to_number":"+493012345678"}}"""));

        assertThat(event.dedupeKey()).isEqualTo("call_started:c1");
        assertThat(event.call().fromNumber()).isEqualTo("anonymous");
        assertThat(event.call().facts()).isEqualTo(CallFacts.startedAt(Instant.ofEpochMilli(1714608475945L)));

        AgentCallEvent bare = reader.readEvent(RetellSignatureVerifierTest.BODY_1);
        assertThat(bare.call().callId()).isEqualTo("abc123");
        assertThat(bare.call().facts()).isEqualTo(CallFacts.NONE);
    }

    @Test
    void jsonNullsCountAsAbsent() {
        AgentCallEvent event = reader.readEvent(utf8("""
                {"event":"call_ended","call":{"call_id":"c1","from_number":null,"end_timestamp":null,
                 "call_analysis":null,"call_cost":{"combined_cost":null}}}"""));
        assertThat(event.call().fromNumber()).isNull();
        assertThat(event.call().facts()).isEqualTo(CallFacts.NONE);
    }

    @Test
    void transferAttemptsToDifferentDestinationsGetDifferentKeysAndRetriesTheSameKey() {
        String first = transfer("transfer_started", "{\"number\":\"+493011111111\"}");
        String second = transfer("transfer_started", "{\"number\":\"+493022222222\",\"extension\":\"12\"}");

        String firstKey = reader.readEvent(utf8(first)).dedupeKey();
        String secondKey = reader.readEvent(utf8(second)).dedupeKey();

        assertThat(firstKey).isEqualTo("transfer_started:c1:1714608475945:+493011111111");
        assertThat(secondKey).isEqualTo("transfer_started:c1:1714608475945:+493022222222;ext=12");
        assertThat(reader.readEvent(utf8(first)).dedupeKey()).isEqualTo(firstKey);
        assertThat(reader.readEvent(utf8(transfer("transfer_cancelled", "{\"number\":\"+493011111111\"}")))
                        .dedupeKey())
                .isEqualTo("transfer_cancelled:c1:1714608475945:+493011111111");
        assertThat(reader.readEvent(utf8(transfer("transfer_bridged", "\"sip:desk@example.com\"")))
                        .dedupeKey())
                .isEqualTo("transfer_bridged:c1:1714608475945:sip:desk@example.com");
    }

    @Test
    void transferEndedWithoutDestinationUsesTheStartTimestampOnly() {
        String body = "{\"event\":\"transfer_ended\",\"call\":{\"call_id\":\"c1\",\"start_timestamp\":1714608475945}}";
        AgentCallEvent event = reader.readEvent(utf8(body));
        assertThat(event.dedupeKey()).isEqualTo("transfer_ended:c1:1714608475945");
        assertThat(event.isLifecycle()).isFalse();
    }

    @Test
    void transferWithoutStartTimestampFallsBackToTheBodyDigest() {
        String body = "{\"event\":\"transfer_started\",\"call\":{\"call_id\":\"c1\"}}";
        assertThat(reader.readEvent(utf8(body)).dedupeKey()).matches("transfer_started:c1:[0-9a-f]{32}");
    }

    @Test
    void transcriptUpdatedIsKeyedByBodyDigest() {
        String turn1 =
                "{\"event\":\"transcript_updated\",\"call\":{\"call_id\":\"c1\",\"transcript\":\"Agent: Hallo\"}}";
        String turn2 =
                "{\"event\":\"transcript_updated\",\"call\":{\"call_id\":\"c1\",\"transcript\":\"Agent: Hallo\\nUser: Hi\"}}";

        String key1 = reader.readEvent(utf8(turn1)).dedupeKey();
        assertThat(key1).matches("transcript_updated:c1:[0-9a-f]{32}");
        assertThat(reader.readEvent(utf8(turn2)).dedupeKey()).isNotEqualTo(key1);
        assertThat(reader.readEvent(utf8(turn1)).dedupeKey()).isEqualTo(key1);
    }

    @Test
    void unknownEventsAreAcceptedAndKeyedByBodyDigest() {
        AgentCallEvent event = reader.readEvent(utf8("{\"event\":\"call_reviewed\",\"call\":{\"call_id\":\"c1\"}}"));
        assertThat(event.event()).isEqualTo("call_reviewed");
        assertThat(event.dedupeKey()).matches("call_reviewed:c1:[0-9a-f]{32}");
    }

    @Test
    void longIdentifiersStillGiveBoundedDistinctKeys() {
        String longId = "c".repeat(127);
        String a = reader.readEvent(utf8("{\"event\":\"call_ended\",\"call\":{\"call_id\":\"" + longId + "a\"}}"))
                .dedupeKey();
        String b = reader.readEvent(utf8("{\"event\":\"call_ended\",\"call\":{\"call_id\":\"" + longId + "b\"}}"))
                .dedupeKey();
        assertThat(a).hasSizeLessThanOrEqualTo(300).startsWith("call_ended:ccc").isNotEqualTo(b);
        assertThat(DedupeKeys.bounded("k".repeat(400))).hasSize(300).isNotEqualTo(DedupeKeys.bounded("k".repeat(401)));
        assertThat(b).hasSizeLessThanOrEqualTo(300);
        assertThat(DedupeKeys.bounded("x".repeat(300))).isEqualTo("x".repeat(300));
    }

    static String transfer(String event, String destinationJson) {
        return "{\"event\":\"" + event + "\",\"call\":{\"call_id\":\"c1\",\"start_timestamp\":1714608475945,"
                + "\"transfer_destination\":\"+490000\"},\"transfer_destination\":" + destinationJson
                + ",\"transfer_option\":{\"type\":\"warm_transfer\",\"showTransfereeAsCaller\":false}}";
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
