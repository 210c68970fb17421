package com.askpro.booking.adapter.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

/** Argon2id password hashes: PHC format with OWASP's parameters, salted, verified from the stored parameters. */
class Argon2PasswordsTest {

    private final Argon2Passwords passwords = new Argon2Passwords();

    @Test
    void aHashIsAnArgon2idPhcStringWithOwaspParametersAndARandomSalt() {
        String first = passwords.hash("correct horse battery");
        String second = passwords.hash("correct horse battery");

        assertThat(first).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(first).isNotEqualTo(second).doesNotContain("correct horse battery");
        assertThat(passwords.matches("correct horse battery", first)).isTrue();
        assertThat(passwords.matches("correct horse battery", second)).isTrue();
        assertThat(passwords.matches("correct horse batterY", first)).isFalse();
        assertThat(passwords.matches("", first)).isFalse();
    }

    @Test
    void itVerifiesAHashMadeByAnotherArgon2idImplementationWithOtherParameters() {
        byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(64)
                .withIterations(3)
                .withParallelism(2)
                .withSalt(salt)
                .build());
        byte[] out = new byte[32];
        generator.generateBytes("pässwörd mit Umlaut".getBytes(StandardCharsets.UTF_8), out);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String encoded = "$argon2id$v=19$m=64,t=3,p=2$" + b64.encodeToString(salt) + "$" + b64.encodeToString(out);

        assertThat(passwords.matches("pässwörd mit Umlaut", encoded)).isTrue();
        assertThat(passwords.matches("passwort mit Umlaut", encoded)).isFalse();
    }

    @Test
    void aHashOfTheReferenceImplementationMatches() {
        // Computed with libargon2 (the reference implementation, Debian libargon2-1 20171227) through
        // argon2id_hash_encoded(t=2, m=65536, p=1, "password", salt "somesaltsomesalt", 32-byte hash).
        String reference =
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$/DO3gTkjHTS3Fia9YkXB1y76GQrWBcPYFmpyrc7fosI";
        assertThat(passwords.matches("password", reference)).isTrue();
        assertThat(passwords.matches("Password", reference)).isFalse();
    }

    @Test
    void malformedOrAbsurdHashesMatchNothing() {
        for (String bad : new String[] {
            null,
            "",
            "plain",
            "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=9999999,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=4,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA"
        }) {
            assertThat(passwords.matches("password", bad))
                    .as(String.valueOf(bad))
                    .isFalse();
        }
        assertThat(passwords.matches(null, passwords.hash("password1234"))).isFalse();
        assertThat(passwords.matches("anything at all", passwords.decoy())).isFalse();
        assertThat(passwords.decoy()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThatThrownBy(() -> new Argon2Passwords(4, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
