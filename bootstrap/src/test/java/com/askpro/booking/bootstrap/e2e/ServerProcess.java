package com.askpro.booking.bootstrap.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Test support: the packaged jar running as a separate operating-system process. */
final class ServerProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "askpro-booking.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Runs {@code java -jar askpro-booking.jar <args>} with {@code env} and waits until it is ready. */
    static ServerProcess serve(Map<String, String> env, String... args) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("askpro-server", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("ASKPRO_HTTP_PORT", Integer.toString(port));
        builder.environment().put("ASKPRO_HTTP_HOST", "127.0.0.1");
        ServerProcess server = new ServerProcess(builder.start(), port, log);
        server.awaitReady();
        return server;
    }

    /** Runs the jar with {@code args} to completion; answers its exit code and output. */
    static Result run(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command(args)).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("did not finish: " + String.join(" ", args) + "\n" + output);
        }
        return new Result(process.exitValue(), output);
    }

    record Result(int exitCode, String output) {}

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /**
     * Waits until the server has written {@code text} to its output: {@code serve --demo} creates the
     * demo tenant after it reports ready, so a test that needs the tenant waits for its announcement.
     */
    void awaitOutput(String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!output().contains(text)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("server never wrote '" + text + "':\n" + output());
            }
            Thread.sleep(100);
        }
    }

    /** Sends SIGTERM and waits for the process to finish its shutdown. */
    int terminate() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            String threads = threadDump();
            process.destroyForcibly();
            String output = output();
            throw new IllegalStateException("server did not stop within 60 s after SIGTERM; its last output:\n"
                    + output.substring(Math.max(0, output.length() - 6_000)) + "\nits threads:\n" + threads);
        }
        return process.exitValue();
    }

    /** Sends SIGKILL ({@code kill -9}: no shutdown hook runs) and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("server still alive 30 s after SIGKILL");
        }
    }

    /** The server's threads (jcmd Thread.print), to see where a slow shutdown hangs. */
    private String threadDump() {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(dump.getInputStream().readAllBytes());
            dump.waitFor(30, TimeUnit.SECONDS);
            return text;
        } catch (IOException | InterruptedException e) {
            return "no thread dump: " + e;
        }
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            terminate();
        }
    }

    private void awaitReady() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(uri("/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("server not ready within 90 s:\n" + output());
    }

    private static List<String> command(String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command =
                new ArrayList<>(List.of(java, "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
