package com.askpro.booking.adapter.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.askpro.booking.application.notification.CalendarInvite;
import com.askpro.booking.application.notification.DeliveryFailure;
import com.askpro.booking.application.notification.OutgoingEmail;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmtpEmailSenderTest {

    private GreenMail mail;

    @BeforeEach
    void startMailServer() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.setUser("termine@example.com", "askpro", "s3cret:pass");
        mail.start();
    }

    @AfterEach
    void stopMailServer() {
        mail.stop();
    }

    private SmtpEmailSender sender(String credentials) {
        return new SmtpEmailSender(SmtpSettings.parse(
                "smtp://" + credentials + "127.0.0.1:" + mail.getSmtp().getPort(), "Termine <termine@example.com>"));
    }

    private static OutgoingEmail email(CalendarInvite invite) {
        return new OutgoingEmail(
                "erika@example.com",
                "Demo Salon",
                "salon@example.com",
                "Terminbestätigung: Haarschnitt",
                "Guten Tag Erika,\n\nIhr Termin ist gebucht.\n",
                invite);
    }

    private static CalendarInvite invite() {
        return new CalendarInvite(
                "uid-42@askpro-booking",
                0,
                false,
                Instant.parse("2030-05-06T08:00:00Z"),
                Instant.parse("2030-05-06T08:30:00Z"),
                "Haarschnitt – Demo Salon",
                "Berlin",
                "Leistung: Haarschnitt",
                "Demo Salon",
                "termine@example.com",
                "Erika",
                "erika@example.com",
                Instant.parse("2030-05-01T10:00:00Z"));
    }

    @Test
    void givenAuthenticatedSmtpWhenSentThenOneMessageWithUtf8SubjectReplyToAndAParseableIcsAttachment()
            throws Exception {
        sender("askpro:s3cret%3Apass@").send(email(invite()));

        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("Terminbestätigung: Haarschnitt");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("erika@example.com");
        assertThat(message.getReplyTo()[0].toString()).isEqualTo("salon@example.com");
        assertThat(message.getFrom()[0].toString())
                .contains("termine@example.com")
                .contains("Demo Salon");
        List<Part> parts = leaves(message);
        Part attachment = parts.stream()
                .filter(p -> "invite.ics".equals(fileName(p)))
                .findFirst()
                .orElseThrow();
        ICalendar calendar = Biweekly.parse(read(attachment)).first();
        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.getEvents().get(0).getUid().getValue()).isEqualTo("uid-42@askpro-booking");
        assertThat(parts)
                .anySatisfy(p ->
                        assertThat(contentType(p)).startsWith("text/calendar").contains("method=REQUEST"));
        assertThat(parts).anySatisfy(p -> assertThat(GreenMailUtil.getBody(p)).contains("Ihr Termin ist gebucht"));
    }

    @Test
    void givenNoInviteWhenSentThenAPlainTextMessage() throws Exception {
        sender("askpro:s3cret%3Apass@").send(email(null));

        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getContentType()).startsWith("text/plain");
    }

    @Test
    void givenTheMailServerIsDownWhenSentThenADeliveryFailureThatNamesNoAddress() {
        SmtpEmailSender sender = sender("");
        mail.stop();

        assertThatThrownBy(() -> sender.send(email(invite())))
                .isInstanceOf(DeliveryFailure.class)
                .hasMessageContaining("mail server")
                .hasMessageNotContaining("erika@example.com");
    }

    @Test
    void givenStarttlsRequiredButNotOfferedWhenSentThenRefusedInsteadOfSendingInPlainText() {
        SmtpEmailSender sender = new SmtpEmailSender(SmtpSettings.parse(
                "smtp://askpro:s3cret%3Apass@127.0.0.1:" + mail.getSmtp().getPort() + "?starttls=required",
                "termine@example.com"));

        assertThatThrownBy(() -> sender.send(email(invite()))).isInstanceOf(DeliveryFailure.class);
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (Exception e) {
            return null;
        }
    }

    private static String contentType(Part part) {
        try {
            return part.getContentType();
        } catch (Exception e) {
            return "";
        }
    }

    private static String read(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw e;
        }
    }
}
