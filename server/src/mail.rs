//! E-mail, only when the deployment gives an SMTP server (`PORTINERIA_SMTP_URL`): plain
//! text messages in UTF-8 from the configured sender. Nothing else here knows what is sent
//! or why (the digests and the one-time links are the admin area's).

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::{AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// How long one SMTP exchange may take before the message counts as not sent.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("PORTINERIA_SMTP_URL: {0}")]
    Url(lettre::transport::smtp::Error),
    #[error("e-mail address {0:?}: {1}")]
    Address(String, lettre::address::AddressError),
    #[error("e-mail message: {0}")]
    Message(#[from] lettre::error::Error),
    #[error("sending e-mail: {0}")]
    Send(#[from] lettre::transport::smtp::Error),
}

/// The SMTP server and the sender.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    /// Checks the URL and the sender; connects only when sending.
    pub fn new(smtp_url: &str, from: &str) -> Result<Self, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(MailError::Url)?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        let from = from.parse().map_err(|e| MailError::Address(from.to_string(), e))?;
        Ok(Self { transport, from })
    }

    /// Sends one plain-text message to `to`.
    pub async fn send(&self, to: &str, subject: &str, body: String) -> Result<(), MailError> {
        let to: Mailbox = to.parse().map_err(|e| MailError::Address(to.to_string(), e))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)?;
        self.transport.send(message).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_url_or_sender_is_refused_at_start() {
        assert!(matches!(Mailer::new("ftp://example.org", "a@b.it"), Err(MailError::Url(_))));
        assert!(matches!(Mailer::new("smtp://127.0.0.1:2525", "not an address"), Err(MailError::Address(..))));
        assert!(Mailer::new("smtps://user:pass@smtp.example.org:465", "Portineria <p@example.org>").is_ok());
    }
}
