package com.askpro.booking.adapter.notifications;

import com.askpro.booking.application.notification.DeliveryFailure;
import com.askpro.booking.application.notification.EmailSender;
import com.askpro.booking.application.notification.OutgoingEmail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;

/**
 * Adapter: e-mail over SMTP with Jakarta Mail (Eclipse Angus Mail). A message is a plain-text body
 * and, for bookings, the calendar entry twice in the usual way: as a {@code text/calendar;
 * method=...} part that mail programs turn into an invitation and as the attachment
 * {@code invite.ics}. Failures are reported without the recipient's address.
 */
public final class SmtpEmailSender implements EmailSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;

    public SmtpEmailSender(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
        try {
            InternetAddress[] parsed = InternetAddress.parse(settings.from(), true);
            if (parsed.length != 1) {
                throw new IllegalArgumentException("ASKPRO_MAIL_FROM must be one address");
            }
            this.from = parsed[0];
        } catch (AddressException e) {
            throw new IllegalArgumentException("ASKPRO_MAIL_FROM is not an e-mail address");
        }
    }

    static Properties properties(SmtpSettings settings) {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.auth", String.valueOf(settings.user() != null));
        props.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        props.put("mail.smtp.timeout", String.valueOf(TIMEOUT.toMillis()));
        props.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT.toMillis()));
        props.put("mail.smtp.ssl.checkserveridentity", "true");
        switch (settings.security()) {
            case STARTTLS_WHEN_OFFERED -> props.put("mail.smtp.starttls.enable", "true");
            case STARTTLS_REQUIRED -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
            }
            case IMPLICIT_TLS -> props.put("mail.smtp.ssl.enable", "true");
        }
        return props;
    }

    @Override
    public String fromAddress() {
        return from.getAddress();
    }

    @Override
    public void send(OutgoingEmail email) throws DeliveryFailure {
        MimeMessage message;
        try {
            message = build(email);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryFailure("the message could not be built: " + Redaction.safe(e));
        }
        try {
            if (settings.user() == null) {
                Transport.send(message);
            } else {
                Transport.send(message, settings.user(), settings.password());
            }
        } catch (MessagingException e) {
            throw new DeliveryFailure("the mail server did not take the message: " + Redaction.safe(e));
        }
    }

    MimeMessage build(OutgoingEmail email) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        InternetAddress sender = new InternetAddress(
                from.getAddress(),
                email.fromName() == null ? from.getPersonal() : email.fromName(),
                StandardCharsets.UTF_8.name());
        message.setFrom(sender);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to(), true));
        if (email.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(email.replyTo(), true)});
        }
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (email.invite() == null) {
            message.setText(email.text(), StandardCharsets.UTF_8.name());
        } else {
            String method = email.invite().cancel() ? "CANCEL" : "REQUEST";
            String ics = ICalendarWriter.write(email.invite());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(ics, "text/calendar; charset=UTF-8; method=" + method);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setContent(ics, "application/ics; charset=UTF-8; name=invite.ics");
            attachment.setFileName("invite.ics");
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            MimeMultipart alternative = new MimeMultipart("alternative", text, calendar);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            message.setContent(new MimeMultipart("mixed", body, attachment));
        }
        message.saveChanges();
        return message;
    }
}
