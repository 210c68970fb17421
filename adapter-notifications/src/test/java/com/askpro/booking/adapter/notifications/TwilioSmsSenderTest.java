package com.askpro.booking.adapter.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.application.notification.DeliveryFailure;
import com.askpro.booking.application.notification.OutgoingSms;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwilioSmsSenderTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "token-secret";

    private MockWebServer twilio;

    @BeforeEach
    void start() throws Exception {
        twilio = new MockWebServer();
        twilio.start();
    }

    @AfterEach
    void stop() {
        twilio.close();
    }

    private TwilioSmsSender sender(String from) {
        return new TwilioSmsSender(
                new TwilioSettings(SID, TOKEN, from, URI.create(twilio.url("/").toString())));
    }

    @Test
    void givenAMessageWhenSentThenTheDocumentedFormPostWithBasicAuth() throws Exception {
        twilio.enqueue(new MockResponse.Builder()
                .code(201)
                .body("{\"sid\":\"SM123\",\"status\":\"queued\"}")
                .build());

        sender("+4930123456")
                .send(new OutgoingSms("+4915112345678", "Demo Salon: Termin gebucht: Haarschnitt, Montag"));

        RecordedRequest request = twilio.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json");
        assertThat(request.getHeaders().get("Authorization"))
                .isEqualTo("Basic "
                        + Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = form(request.getBody().utf8());
        assertThat(form)
                .containsEntry("To", "+4915112345678")
                .containsEntry("From", "+4930123456")
                .containsEntry("Body", "Demo Salon: Termin gebucht: Haarschnitt, Montag");
    }

    @Test
    void givenAMessagingServiceSenderWhenSentThenMessagingServiceSidInsteadOfFrom() throws Exception {
        twilio.enqueue(new MockResponse.Builder().code(201).body("{}").build());
        String service = "MG0123456789abcdef0123456789abcdef";

        sender(service).send(new OutgoingSms("+4915112345678", "x"));

        Map<String, String> form = form(twilio.takeRequest().getBody().utf8());
        assertThat(form).containsEntry("MessagingServiceSid", service).doesNotContainKey("From");
    }

    @Test
    void givenTwilioRefusesWhenSentThenAFailureWithStatusAndCodeButNoNumber() {
        twilio.enqueue(new MockResponse.Builder()
                .code(400)
                .body(
                        "{\"code\":21211,\"message\":\"The 'To' number +4915112345678 is not a valid phone number.\",\"status\":400}")
                .build());

        assertThatThrownBy(() -> sender("+4930123456").send(new OutgoingSms("+4915112345678", "x")))
                .isInstanceOf(DeliveryFailure.class)
                .hasMessageContaining("400")
                .hasMessageContaining("21211")
                .hasMessageNotContaining("4915112345678");
    }

    @Test
    void givenTwilioUnavailableWhenSentThenAFailureToRetry() {
        twilio.enqueue(new MockResponse.Builder().code(503).body("").build());

        assertThatThrownBy(() -> sender("+4930123456").send(new OutgoingSms("+4915112345678", "x")))
                .isInstanceOf(DeliveryFailure.class)
                .hasMessageContaining("503");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }
}
