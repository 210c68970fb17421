package com.askpro.booking.adapter.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void givenSmtpWithCredentialsWhenParsedThenStarttlsWhenOfferedAndDecodedCredentials() {
        SmtpSettings settings = SmtpSettings.parse(
                "smtp://mailer%40example.com:p%40ss:word@mail.example.com:2525", "termine@example.com");

        assertThat(settings.host()).isEqualTo("mail.example.com");
        assertThat(settings.port()).isEqualTo(2525);
        assertThat(settings.user()).isEqualTo("mailer@example.com");
        assertThat(settings.password()).isEqualTo("p@ss:word");
        assertThat(settings.security()).isEqualTo(SmtpSettings.Security.STARTTLS_WHEN_OFFERED);
        Properties props = SmtpEmailSender.properties(settings);
        assertThat(props)
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.auth", "true")
                .doesNotContainKey("mail.smtp.starttls.required");
    }

    @Test
    void givenStarttlsRequiredWhenParsedThenTheSessionInsistsOnIt() {
        SmtpSettings settings =
                SmtpSettings.parse("smtp://u:p@mail.example.com?starttls=required", "termine@example.com");

        assertThat(settings.security()).isEqualTo(SmtpSettings.Security.STARTTLS_REQUIRED);
        assertThat(settings.port()).isEqualTo(587);
        assertThat(SmtpEmailSender.properties(settings)).containsEntry("mail.smtp.starttls.required", "true");
    }

    @Test
    void givenSmtpsWhenParsedThenImplicitTlsOnPort465() {
        SmtpSettings settings = SmtpSettings.parse("smtps://u:p@mail.example.com", "termine@example.com");

        assertThat(settings.security()).isEqualTo(SmtpSettings.Security.IMPLICIT_TLS);
        assertThat(settings.port()).isEqualTo(465);
        assertThat(SmtpEmailSender.properties(settings)).containsEntry("mail.smtp.ssl.enable", "true");
    }

    @Test
    void givenUnusableUrlsWhenParsedThenRefusedWithoutShowingThePassword() {
        assertThatThrownBy(() -> SmtpSettings.parse("http://u:topsecret@mail.example.com", "a@example.com"))
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> SmtpSettings.parse("smtp://u:topsecret@mail.example.com?tls=maybe", "a@example.com"))
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> SmtpSettings.parse("smtp://u:topsecret@mail.example.com", null))
                .hasMessageContaining("ASKPRO_MAIL_FROM");
        assertThat(SmtpSettings.parse("smtp://u:topsecret@mail.example.com", "a@example.com")
                        .toString())
                .doesNotContain("topsecret");
    }
}
