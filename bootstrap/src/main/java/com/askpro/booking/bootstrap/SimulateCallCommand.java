package com.askpro.booking.bootstrap;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.security.SecureRandom;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code simulate-call}: plays one complete signed Retell call against a running server. */
@Command(
        name = "simulate-call",
        description = "Play a complete signed Retell call (inbound, functions, events) " + "against a running server.")
final class SimulateCallCommand extends CliCommand {

    @Option(
            names = "--url",
            paramLabel = "URL",
            description = "The server (default: http://localhost:$ASKPRO_HTTP_PORT, port 8080).")
    String url;

    @Option(
            names = "--key",
            paramLabel = "RETELL_KEY",
            description = "The server's Retell key (default: the first of $ASKPRO_RETELL_API_KEYS).")
    String key;

    @Option(
            names = "--to",
            paramLabel = "NUMBER",
            defaultValue = DemoTenant.NUMBER,
            description = "The number called: a branch's number (default: ${DEFAULT-VALUE}, the demo tenant's) or a "
                    + "company's hotline (the demo's: " + ChainDemoTenant.HOTLINE
                    + "), where the call chooses a branch.")
    String to;

    @Option(
            names = "--from",
            paramLabel = "NUMBER",
            description = "The caller's number (default: a new German mobile number each run, so runs do not meet "
                    + "the one-appointment-at-a-time rule of a returning caller).")
    String from;

    @Override
    protected int run() throws InterruptedException {
        String base = url != null ? url : "http://localhost:" + cli().env().getOrDefault("ASKPRO_HTTP_PORT", "8080");
        String signingKey = key != null
                ? key
                : cli().env()
                        .getOrDefault("ASKPRO_RETELL_API_KEYS", "")
                        .split(",")[0]
                        .strip();
        if (signingKey.isEmpty()) {
            throw new Failure("simulate-call needs the server's Retell key: --key KEY or ASKPRO_RETELL_API_KEYS");
        }
        URI uri;
        try {
            uri = URI.create(base.endsWith("/") ? base : base + "/");
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new Failure("--url must be an http(s) URL, was '" + base + "'");
        }
        try {
            String caller =
                    from != null ? from : "+49151" + String.format("%08d", new SecureRandom().nextInt(100_000_000));
            new CallSimulator(uri, signingKey, to, caller, cli().out(), Clock.systemUTC()).run();
            return 0;
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new Failure("cannot reach the server at " + base + ": is it running (`serve`)?");
        } catch (IOException e) {
            throw new Failure("the simulated call failed: " + e.getMessage());
        }
    }
}
