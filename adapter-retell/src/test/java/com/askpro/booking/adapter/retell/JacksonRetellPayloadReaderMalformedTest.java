package com.askpro.booking.adapter.retell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.application.voiceagent.MalformedPayloadException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies the reader must refuse, each with a message that names the offending field. */
class JacksonRetellPayloadReaderMalformedTest {

    final JacksonRetellPayloadReader reader = new JacksonRetellPayloadReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"call":{"call_id":"c1"}}                                                  | 'event' is missing
            {"event":5,"call":{"call_id":"c1"}}                                        | 'event' must be a string, was number
            {"event":"  ","call":{"call_id":"c1"}}                                     | 'event' must not be blank
            {"event":null,"call":{"call_id":"c1"}}                                     | 'event' is missing
            {"event":"call_ended"}                                                     | 'call' is missing
            {"event":"call_ended","call":"c1"}                                         | 'call' must be an object, was string
            {"event":"call_ended","call":[{"call_id":"c1"}]}                           | 'call' must be an object, was array
            {"event":"call_ended","call":{}}                                           | 'call.call_id' is missing
            {"event":"call_ended","call":{"call_id":42}}                               | 'call.call_id' must be a string, was number
            {"event":"call_ended","call":{"call_id":""}}                               | 'call.call_id' must not be blank
            {"event":"call_ended","call":{"call_id":"c1","start_timestamp":"yesterday"}} | 'call.start_timestamp' must be a timestamp
            {"event":"call_ended","call":{"call_id":"c1","start_timestamp":-5}}        | 'call.start_timestamp' must be a timestamp
            {"event":"call_ended","call":{"call_id":"c1","start_timestamp":1.5}}       | 'call.start_timestamp' must be a timestamp
            {"event":"call_ended","call":{"call_id":"c1","end_timestamp":99999999999999999999}} | 'call.end_timestamp' must be a timestamp
            {"event":"call_ended","call":{"call_id":"c1","start_timestamp":1714608475945,"end_timestamp":1714608474945}} | 'call.end_timestamp' must not be before 'call.start_timestamp'
            {"event":"call_ended","call":{"call_id":"c1","duration_ms":-1}}            | 'call.duration_ms' must not be negative
            {"event":"call_ended","call":{"call_id":"c1","duration_ms":"15s"}}         | 'call.duration_ms' must be a whole number
            {"event":"call_ended","call":{"call_id":"c1","direction":1}}               | 'call.direction' must be a string
            {"event":"call_ended","call":{"call_id":"c1","disconnection_reason":{}}}   | 'call.disconnection_reason' must be a string
            {"event":"call_ended","call":{"call_id":"c1","call_analysis":"good"}}      | 'call.call_analysis' must be an object
            {"event":"call_ended","call":{"call_id":"c1","call_analysis":{"call_successful":"yes"}}} | 'call.call_analysis.call_successful' must be a boolean
            {"event":"call_ended","call":{"call_id":"c1","call_cost":{"combined_cost":"70"}}} | 'call.call_cost.combined_cost' must be a number
            {"event":"call_ended","call":{"call_id":"c1","call_cost":{"combined_cost":-1}}} | 'call.call_cost.combined_cost' must not be negative
            {"event":"transfer_started","call":{"call_id":"c1","start_timestamp":1714608475945},"transfer_destination":[1]} | 'transfer_destination' must be an object or a string
            """)
    void eventsWithAMissingOrMistypedFieldAreRefused(String body, String message) {
        assertMalformed(reader::readEvent, body, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"event":"call_inbound"}                                                   | 'call_inbound' is missing
            {"event":"call_inbound","call_inbound":"x"}                                | 'call_inbound' must be an object
            {"event":"call_inbound","call_inbound":{"from_number":"+4915112345678"}}   | 'call_inbound.to_number' is missing
            {"event":"call_inbound","call_inbound":{"to_number":493012345678}}         | 'call_inbound.to_number' must be a string
            {"event":"call_inbound","call_inbound":{"to_number":"+493012345678","call_id":7}} | 'call_inbound.call_id' must be a string
            {"event":"call_started","call_inbound":{"to_number":"+493012345678"}}      | 'event' must be call_inbound
            """)
    void inboundRequestsWithAMissingOrMistypedFieldAreRefused(String body, String message) {
        assertMalformed(reader::readInbound, body, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"args":{"service":"Haarschnitt"}}                                         | 'name' is missing
            {"name":["book_appointment"]}                                              | 'name' must be a string, was array
            {"name":"book_appointment","args":"service=Haarschnitt"}                   | 'args' must be an object, was string
            {"name":"book_appointment","call":"c1"}                                    | 'call' must be an object
            {"name":"book_appointment","call":{"to_number":"+493012345678"}}           | 'call.call_id' is missing
            {"name":"book_appointment","call":{"call_id":"c1","duration_ms":-3}}       | 'call.duration_ms' must not be negative
            """)
    void functionCallsWithAMissingOrMistypedFieldAreRefused(String body, String message) {
        assertMalformed(reader::readFunctionCall, body, message);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "not json",
                "{\"event\":",
                "[1,2]",
                "\"call_started\"",
                "42",
                "null",
                "   ",
                "{\"event\":\"call_started\",\"call\":{\"call_id\":\"c1\"}} trailing",
                "{\"a\":1}{\"b\":2}"
            })
    void bodiesThatAreNotOneJsonObjectAreRefusedByEveryReader(String body) {
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        List<Consumer<byte[]>> readers = List.of(reader::readEvent, reader::readInbound, reader::readFunctionCall);
        for (Consumer<byte[]> read : readers) {
            assertThatThrownBy(() -> read.accept(bytes))
                    .isInstanceOf(MalformedPayloadException.class)
                    .hasMessageContaining("body");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"event\":"})
    void invalidJsonMessagesGiveThePositionButNotTheContent(String body) {
        assertThatThrownBy(() -> reader.readEvent(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageStartingWith("body is not valid JSON (line 1, column ")
                .hasMessageNotContaining("json\"");
    }

    @ParameterizedTest
    @ValueSource(bytes = {(byte) 0xC3, (byte) 0xFF})
    void invalidUtf8IsRefused(byte broken) {
        byte[] body = {'{', '"', 'e', '"', ':', '"', broken, '"', '}'};
        assertThatThrownBy(() -> reader.readEvent(body))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("must be UTF-8");
    }

    @Test
    void otherEncodingsOverlongSequencesAndAByteOrderMarkAreRefused() {
        String json = "{\"event\":\"call_ended\",\"call\":{\"call_id\":\"c1\"}}";
        for (java.nio.charset.Charset charset : java.util.List.of(
                StandardCharsets.UTF_16,
                StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE,
                java.nio.charset.Charset.forName("UTF-32LE"))) {
            assertThatThrownBy(() -> reader.readEvent(json.getBytes(charset)))
                    .as(charset.name())
                    .isInstanceOf(MalformedPayloadException.class);
        }
        byte[] overlongQuote = {
            '{', '"', 'e', 'v', 'e', 'n', 't', '"', ':', '"', 'a', (byte) 0xC0, (byte) 0xA2, '"', '}'
        };
        assertThatThrownBy(() -> reader.readEvent(overlongQuote)).hasMessageContaining("must be UTF-8");
        byte[] encodedSurrogate = {'{', '"', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        assertThatThrownBy(() -> reader.readEvent(encodedSurrogate)).hasMessageContaining("must be UTF-8");
        byte[] bom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.readEvent(bom)).hasMessageContaining("byte-order mark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0001", "\\u001b", "\\u007f", "\\u0085", "\\ud800", "\\udc00x", "a\\ud83d"})
    void nulControlCharactersAndLoneSurrogatesAreRefusedAnywhere(String escape) {
        for (String body : java.util.List.of(
                "{\"event\":\"call_ended\",\"call\":{\"call_id\":\"c" + escape + "\"}}",
                "{\"event\":\"call_ended\",\"call\":{\"call_id\":\"c1\",\"transcript\":\"hi" + escape + "\"}}",
                "{\"event\":\"call_ended\",\"call\":{\"call_id\":\"c1\"},\"unknown\":[{\"x\":\"" + escape + "\"}]}",
                "{\"event\":\"call_ended\",\"call\":{\"call_id\":\"c1\",\"k" + escape + "\":1}}")) {
            assertThatThrownBy(() -> reader.readEvent(body.getBytes(StandardCharsets.UTF_8)))
                    .as(body)
                    .isInstanceOf(MalformedPayloadException.class);
        }
    }

    @Test
    void lineBreaksAreFineInATranscriptButNotInAnId() {
        assertThat(reader.readEvent(("{\"event\":\"call_ended\",\"call\":{\"call_id\":\"c1\","
                                        + "\"transcript\":\"Agent: Hallo\\nUser: Hi\\tja\"}}")
                                .getBytes(StandardCharsets.UTF_8))
                        .call()
                        .facts()
                        .transcript())
                .isEqualTo("Agent: Hallo\nUser: Hi\tja");
        assertThatThrownBy(() -> reader.readEvent(
                        "{\"event\":\"call_ended\",\"call\":{\"call_id\":\"c\\n1\"}}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("'call.call_id' must be one line");
    }

    @Test
    void fieldsLongerThanTheDomainAllowsAreRefusedUpFront() {
        assertThatThrownBy(
                        () -> reader.readEvent(("{\"event\":\"" + "e".repeat(101) + "\",\"call\":{\"call_id\":\"c1\"}}")
                                .getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("'event' must be at most 100 characters");
        assertThatThrownBy(() -> reader.readEvent(
                        ("{\"event\":\"call_ended\",\"call\":{\"call_id\":\"" + "c".repeat(100_000) + "\"}}")
                                .getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("'call.call_id' must be at most 128 characters");
        assertThatThrownBy(() -> reader.readEvent(("{\"event\":\"call_ended\",\"call\":{\"call_id\":\"c1\","
                                + "\"disconnection_reason\":\"" + "r".repeat(201) + "\"}}")
                        .getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("disconnection_reason");
        assertThatThrownBy(() -> reader.readInbound(("{\"call_inbound\":{\"to_number\":\"" + "1".repeat(41) + "\"}}")
                        .getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("'call_inbound.to_number' must be at most 40");
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MAX_VALUE, 4_133_980_800_000L, 946_684_799_999L, 0L})
    void timestampsOutsideTheYears2000To2100AreRefused(long millis) {
        assertThatThrownBy(() -> reader.readEvent(("{\"event\":\"call_ended\",\"call\":{\"call_id\":\"c1\","
                                + "\"start_timestamp\":" + millis + "}}")
                        .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("years 2000 to 2100");
    }

    static void assertMalformed(Consumer<byte[]> read, String body, String message) {
        assertThatThrownBy(() -> read.accept(body.strip().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining(message.strip());
    }
}
