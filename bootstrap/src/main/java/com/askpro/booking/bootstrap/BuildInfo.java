package com.askpro.booking.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this build is: the project version and the Git commit it was built from, read from the
 * resources the build writes ({@code askpro-build.properties}, {@code askpro-git.properties});
 * {@code unknown} where a build had no Git checkout. Shown by {@code --version} and exported as
 * {@code askpro_build_info{version,commit}}.
 */
public record BuildInfo(String version, String commit) {

    private static final BuildInfo CURRENT = read();

    public static BuildInfo current() {
        return CURRENT;
    }

    private static BuildInfo read() {
        Properties build = load("/askpro-build.properties");
        Properties git = load("/askpro-git.properties");
        String version = build.getProperty("version", "unknown");
        String commit = git.getProperty("git.commit.id.abbrev", "unknown");
        return new BuildInfo(version.startsWith("${") ? "unknown" : version, commit.isBlank() ? "unknown" : commit);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
