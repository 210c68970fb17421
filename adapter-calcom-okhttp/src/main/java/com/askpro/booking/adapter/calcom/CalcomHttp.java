package com.askpro.booking.adapter.calcom;

import com.askpro.booking.domain.port.ApiCallLog;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter: sends one HTTP exchange to Cal.com with the version and bearer headers, and records
 * it through the {@link ApiCallLog} port (path only, never the query or the key).
 */
final class CalcomHttp {

    static final String PROVIDER = "calcom";
    private static final Logger LOG = LoggerFactory.getLogger(CalcomHttp.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient client;
    private final HttpUrl baseUrl;
    private final ApiCallLog callLog;
    private final Supplier<String> correlationIds;
    private final Clock clock;

    CalcomHttp(CalcomConfig config, ApiCallLog callLog, Supplier<String> correlationIds, Clock clock) {
        this.baseUrl = HttpUrl.get(config.baseUrl());
        this.client = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
        this.callLog = callLog;
        this.correlationIds = correlationIds;
        this.clock = clock;
    }

    /** What to send: {@code jsonBody} null means GET, otherwise POST. */
    record Exchange(String apiVersion, List<String> pathSegments, Map<String, String> query, String jsonBody) {
        String method() {
            return jsonBody == null ? "GET" : "POST";
        }
    }

    /** An HTTP answer; header names are lower case. */
    record Reply(int status, String body, Map<String, String> headers) {
        boolean successful() {
            return status >= 200 && status < 300;
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    Reply send(Credential credential, Exchange exchange) throws IOException {
        HttpUrl.Builder url = baseUrl.newBuilder();
        exchange.pathSegments().forEach(url::addPathSegment);
        exchange.query().forEach(url::addQueryParameter);
        HttpUrl target = url.build();
        String correlationId = correlationIds.get();
        Request.Builder request = new Request.Builder()
                .url(target)
                .header("cal-api-version", exchange.apiVersion())
                .header("Authorization", "Bearer " + credential.apiKey())
                .header("Accept", "application/json");
        if (correlationId != null && !correlationId.isBlank()) {
            request.header("X-Request-Id", correlationId);
        }
        if (exchange.jsonBody() == null) {
            request.get();
        } else {
            request.post(RequestBody.create(exchange.jsonBody(), JSON));
        }
        long started = System.nanoTime();
        try (Response response = client.newCall(request.build()).execute()) {
            String body = response.body().string();
            Map<String, String> headers = new java.util.HashMap<>();
            for (String name : response.headers().names()) {
                headers.put(name.toLowerCase(Locale.ROOT), response.header(name));
            }
            Reply reply = new Reply(response.code(), body, Map.copyOf(headers));
            record(
                    credential,
                    exchange,
                    target,
                    reply.status(),
                    started,
                    correlationId,
                    reply.successful() ? null : "HTTP " + reply.status() + ": " + CalcomErrors.message(reply));
            return reply;
        } catch (IOException e) {
            record(
                    credential,
                    exchange,
                    target,
                    0,
                    started,
                    correlationId,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
    }

    private void record(
            Credential credential,
            Exchange exchange,
            HttpUrl target,
            int status,
            long startedNanos,
            String correlationId,
            String error) {
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        String safeError = error == null ? null : truncate(error.replace(credential.apiKey(), "***"), 1000);
        try {
            callLog.record(new ApiCallLog.Entry(
                    credential.companyId(),
                    PROVIDER,
                    exchange.method(),
                    truncate(target.encodedPath(), 500),
                    status,
                    durationMs,
                    correlationId,
                    safeError,
                    clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn(
                    "could not record Cal.com call {} {} for {}",
                    exchange.method(),
                    target.encodedPath(),
                    credential.fingerprint(),
                    e);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
