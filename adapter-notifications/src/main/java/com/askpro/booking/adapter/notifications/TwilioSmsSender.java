package com.askpro.booking.adapter.notifications;

import com.askpro.booking.application.notification.DeliveryFailure;
import com.askpro.booking.application.notification.OutgoingSms;
import com.askpro.booking.application.notification.SmsSender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Adapter: SMS through Twilio's Messages API — {@code POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json}, form-encoded {@code To}, {@code From} (or
 * {@code MessagingServiceSid}) and {@code Body}, HTTP basic auth with the account SID and auth
 * token; {@code 201 Created} means accepted. Errors carry the HTTP status and Twilio's error code,
 * never the number or the text.
 */
public final class TwilioSmsSender implements SmsSender {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TwilioSettings settings;
    private final OkHttpClient http;
    private final HttpUrl endpoint;

    public TwilioSmsSender(TwilioSettings settings) {
        this.settings = settings;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(20))
                .writeTimeout(Duration.ofSeconds(10))
                .retryOnConnectionFailure(false)
                .build();
        HttpUrl base = HttpUrl.get(settings.baseUrl().toString());
        this.endpoint = base.newBuilder()
                .addPathSegment("2010-04-01")
                .addPathSegment("Accounts")
                .addPathSegment(settings.accountSid())
                .addPathSegment("Messages.json")
                .build();
    }

    @Override
    public void send(OutgoingSms sms) throws DeliveryFailure {
        FormBody.Builder form = new FormBody.Builder().add("To", sms.to());
        if (settings.usesMessagingService()) {
            form.add("MessagingServiceSid", settings.from());
        } else {
            form.add("From", settings.from());
        }
        form.add("Body", sms.text());
        Request request = new Request.Builder()
                .url(endpoint)
                .header("Authorization", Credentials.basic(settings.accountSid(), settings.authToken()))
                .header("Accept", "application/json")
                .post(form.build())
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() == 200 || response.code() == 201) {
                return;
            }
            throw new DeliveryFailure("Twilio answered " + response.code() + errorCode(response.body()));
        } catch (IOException e) {
            throw new DeliveryFailure("Twilio could not be reached: " + Redaction.safe(e));
        }
    }

    private static String errorCode(ResponseBody body) {
        try {
            JsonNode error = JSON.readTree(body.string());
            return error != null && error.hasNonNull("code")
                    ? " (error " + error.get("code").asText() + ")"
                    : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
