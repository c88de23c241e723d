/*
 * test_rules: the rules file language and the built-in classification of
 * replies quoted from real bounces.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "dsn.h"
#include "dsn_int.h"

struct reply {
	const char	*status;
	const char	*code;
	const char	*action;
	const char	*diag;
	const char	*category;
	const char	*reason;
	const char	*addr;		/* the recipient, or NULL */
	const char	*command;	/* the SMTP command answered, or NULL */
};

/* Replies as servers send them; the comments name where they come from. */
static const struct reply replies[] = {
	/* Postfix relay to a host that checks Spamhaus */
	{ "5.7.1", "554", "failed", "554 5.7.1 Service unavailable; Client "
	    "host [192.0.2.5] blocked using zen.spamhaus.org", "blocked",
	    "blocked", NULL, NULL },
	/* a 5.1.1-looking reply that is about our IP, not the user */
	{ "5.1.1", "550", "failed", "550 5.1.1 Your IP 192.0.2.5 is listed "
	    "at bl.spamcop.net", "blocked", "blocked", NULL, NULL },
	/* Dovecot LMTP over quota */
	{ "5.2.2", "552", "failed", "552 5.2.2 <a@b.example> Quota exceeded "
	    "(mailbox for user is full)", "full", "mailboxfull", NULL, NULL },
	/* Exchange size limit */
	{ "5.3.4", "552", "failed", "552 5.3.4 Message size exceeds fixed "
	    "maximum message size", "content", "mesgtoobig", NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 <x@y.example>: Recipient "
	    "address rejected: User unknown in virtual mailbox table",
	    "invalid", "userunknown", NULL, NULL },
	/* Gmail */
	{ "5.7.26", "550", "failed", "550-5.7.26 This mail has been blocked "
	    "because the sender is unauthenticated. Gmail requires all "
	    "senders to authenticate with either SPF or DKIM.", "blocked",
	    "authfailure", NULL, NULL },
	{ "5.7.1", "550", "failed", "550 5.7.1 Client host rejected: cannot "
	    "find your reverse hostname, [192.0.2.5]", "blocked",
	    "requireptr", NULL, NULL },
	{ "4.7.0", "421", "delayed", "421 4.7.0 Try again later, closing "
	    "connection.", "retry-later", NULL, NULL, NULL },
	/* a temporary failure never marks an address invalid */
	{ "4.1.1", "450", "failed", "450 4.1.1 <x@y.example>: Recipient "
	    "address rejected: User unknown in local recipient table",
	    "retry-later", NULL, NULL, NULL },
	{ "2.0.0", "250", "relayed", "250 2.0.0 Ok: queued", "delivered",
	    "delivered", NULL, NULL },
	/* QQ mail (Chinese) */
	{ "5.0.0", "550", "failed", "550 Mailbox not found. "
	    "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xe4\xb8\x8d\xe5\xad\x98"
	    "\xe5\x9c\xa8", "invalid", "userunknown", NULL, NULL },
	{ NULL, "554", NULL, "554 5.7.1 The message was rejected because it "
	    "contains spam", "content", "spamdetected", NULL, NULL },
	{ NULL, "550", NULL, "550 something nobody has ever said", "unknown",
	    "onhold", NULL, NULL },
};

/*
 * Replies the rules once read wrong, one or more per concept and per gate:
 * the status class decides what a generic phrase may conclude, and the
 * same meaning in other words is read the same.
 */
static const struct reply concepts[] = {
	/* gates: a generic refusal under x.7.x, x.3.x is not a dead address */
	{ "5.7.0", "550", "failed", "550 5.7.0 <a@b.example>: Recipient "
	    "address rejected: No relaying", "blocked", NULL, NULL, NULL },
	{ "5.3.0", "550", "failed", "550 5.3.0 <a@b.example>: Recipient "
	    "address rejected: Internal system error", "retry-later", NULL,
	    NULL, NULL },
	{ "5.7.1", "550", "failed", "550 5.7.1 Your account has been "
	    "disabled", "blocked", NULL, NULL, NULL },
	{ "5.7.1", "550", "failed", "550 5.7.1 Unknown address error",
	    "blocked", NULL, NULL, NULL },
	{ "5.4.0", "550", "failed", "550 5.4.0 Requested action not taken: "
	    "mailbox unavailable", "retry-later", NULL, NULL, NULL },
	{ "5.0.0", "550", "failed", "550 5.0.0 <a@b.example>: Recipient "
	    "address rejected: Internal system error", "retry-later", NULL,
	    NULL, NULL },
	/* said to the sending server, "your" address is the sender's */
	{ NULL, "550", NULL, "550 Your e-mail address is unknown here",
	    "blocked", NULL, NULL, NULL },
	/* ... while a specific phrase still outweighs the status */
	{ "5.3.0", "553", "failed", "553 5.3.0 <a@b.example>... Addressee "
	    "unknown, relay=[192.0.2.1]", "invalid", "userunknown", NULL,
	    NULL },
	{ "5.7.1", "550", "failed", "550 5.7.1 <a@b.example>: Recipient "
	    "address rejected: User unknown", "invalid", "userunknown", NULL, NULL },
	/* the command says which step was refused, not why */
	{ NULL, "552", NULL, "552 <a@b.example>: Recipient address rejected: "
	    "max message size exceeded", "content", "mesgtoobig", NULL,
	    "rcpt" },
	{ NULL, "554", NULL, "192.0.2.7 does not like recipient. Remote host "
	    "said: 554 Sorry, message looks like spam to me", "content",
	    NULL, NULL, "rcpt" },
	{ NULL, "550", NULL, "550 Multiple authentication checks failed",
	    "blocked", "authfailure", NULL, NULL },
	/* who + gone */
	{ NULL, "550", NULL, "550 <a@b.example> is not a known user",
	    "invalid", "userunknown", NULL, NULL },
	{ NULL, "550", NULL, "550 No mail box available for this user",
	    "invalid", "userunknown", NULL, NULL },
	{ NULL, "550", NULL, "550 Requested action not taken: mailbox not "
	    "available", "invalid", "userunknown", NULL, NULL },
	{ NULL, "550", NULL, "550 <a@b.example> is not an active address at "
	    "this host", "invalid", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 BAD_RECIPIENT", "invalid", "userunknown",
	    NULL, NULL },
	{ NULL, "550", NULL, "550 the recipient you wrote to is not "
	    "recognised here", "invalid", "userunknown", NULL, NULL },
	{ NULL, "550", NULL, "cannot update mailbox /var/mail/a for user a. "
	    "error writing message: File too large", "full", "mailboxfull",
	    NULL, NULL },
	{ NULL, NULL, NULL, "lost connection with mx.b.example[192.0.2.1] "
	    "while sending RCPT TO", "retry-later", NULL, NULL, NULL },
	{ NULL, "554", NULL, "554 IP in blacklist", "blocked", NULL, NULL,
	    NULL },
	{ NULL, "553", NULL, "553 Sender domain does not exist", "blocked",
	    "rejected", NULL, NULL },
	{ "5.7.1", "554", NULL, "554 5.7.1 <mx.b.example>: Helo command "
	    "rejected: Host not found", "blocked", "blocked", NULL, NULL },
	/* blocklists, the sender, the connection, content, in any words */
	{ NULL, "550", NULL, "550 the domain c.example is blacklisted",
	    "blocked", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 blacklisted URL in message", "content",
	    NULL, NULL, NULL },
	{ NULL, "553", NULL, "553 unroutable sender address", "blocked",
	    "rejected", NULL, NULL },
	{ NULL, "554", NULL, "554 mail from 192.0.2.1 refused: see "
	    "http://c.example/", "blocked", NULL, NULL, NULL },
	{ NULL, "554", NULL, "554 you are not allowed to connect", "blocked",
	    NULL, NULL, NULL },
	{ "4.3.0", "451", NULL, "451 4.3.0 Mail server temporarily rejected "
	    "message.", "retry-later", NULL, NULL, NULL },
	{ "5.4.316", "550", NULL, "550 5.4.316 Message expired, connection "
	    "refused", "retry-later", NULL, NULL, NULL },
	{ NULL, "554", NULL, "554 message rejected because of unacceptable "
	    "content", "content", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 destination addresses were unknown",
	    "invalid", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 The account or domain may not exist, they "
	    "may be blacklisted, or missing the proper dns entries.",
	    "invalid", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 this system is not configured to relay "
	    "mail", "blocked", "norelaying", NULL, NULL },
	{ NULL, "550", NULL, "550 there are multiple From headers",
	    "content", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 Bad recipient address syntax", "invalid",
	    NULL, NULL, NULL },
	/* a refusal that names no address and no reason: the sender's */
	{ NULL, "550", NULL, "550 denied by secumail valid-address-filter",
	    "blocked", NULL, NULL, NULL },
	{ NULL, "550", NULL, "said: 550 blocked", "blocked", NULL, NULL,
	    NULL },
	/* a 554 is a failed transaction: "invalid" or "refused" alone is
	 * not a dead address under it, "missing" still is */
	{ NULL, "554", NULL, "554 mail address invalid.", "unknown", NULL,
	    NULL, NULL },
	{ NULL, "550", NULL, "550 mail address invalid.", "invalid", NULL,
	    NULL, NULL },
	{ NULL, "554", NULL, "554 <a@b.example>: Recipient address "
	    "rejected: Access denied", "blocked", NULL, NULL, NULL },
	{ NULL, "554", NULL, "554 delivery error: dd This user doesn't have "
	    "a yahoo.com account (a@yahoo.com)", "invalid", "userunknown",
	    NULL, NULL },
	{ NULL, NULL, NULL, "<a@b.example> not found", "invalid",
	    "userunknown", NULL, NULL },
	/* a status that names the cause outweighs the words */
	{ "4.5.3", "452", NULL, "452 4.5.3 Domain policy size per "
	    "transaction exceeded, please try this recipient in a separate "
	    "transaction", "retry-later", "toomanyconn", NULL, NULL },
	{ "4.7.19", "451", NULL, "451 4.7.19 RRVS test cannot be completed",
	    "retry-later", NULL, NULL, NULL },
	{ "5.7.1", "550", NULL, "550 5.7.1 Recipient address rejected: Mail "
	    "appeared to be SPAM or forged. Ask your Mail/DNS-Administrator "
	    "to get removed from DNSBLs", "blocked", "blocked", NULL, NULL },
	{ NULL, "550", NULL, "550 user: message would exceed maximum mailbox "
	    "size for this recipient", "full", "mailboxfull", NULL, NULL },
	/* a temporary block passes, TLS asked of the sender */
	{ NULL, "550", NULL, "550 this account has been temporarily "
	    "suspended", "retry-later", NULL, NULL, NULL },
	{ "5.7.29", "550", NULL, "550 5.7.29 Gmail requires all bulk email "
	    "senders to use TLS/SSL for SMTP connections.", "blocked",
	    "securityerror", NULL, NULL },
	/* the sender's own quota refused permanently: its standing */
	{ "5.2.2", "554", NULL, "554 5.2.2 Submission quota exceeded",
	    "blocked", NULL, NULL, NULL },
	{ "4.5.3", "452", NULL, "452 4.5.3 Submission quota exceeded, "
	    "try again later", "retry-later", NULL, NULL, NULL },
	{ "5.7.501", "550", NULL, "550 Access denied, spam abuse detected",
	    "blocked", NULL, NULL, NULL },
	{ NULL, "552", NULL, "552 Quota exceed the hard limit for user",
	    "full", NULL, NULL, NULL },
	/* negative evidence */
	{ NULL, "550", NULL, "550 Mailbox temporarily unavailable",
	    "retry-later", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 <a@b.example>: user unknown "
	    "(your IP is not listed at zen.spamhaus.org)", "invalid",
	    "userunknown", NULL, NULL },
	/* size and quota */
	{ NULL, "552", NULL, "552 Mail size limit exceeded", "content",
	    "mesgtoobig", NULL, NULL },
	{ NULL, "552", NULL, "552 Requested mail action aborted: exceeded "
	    "mailsize limit", "content", "mesgtoobig", NULL, NULL },
	{ NULL, "552", NULL, "552 This mail message has exceeded the maximum "
	    "incoming message size", "content", "mesgtoobig", NULL, NULL },
	{ NULL, "552", NULL, "552 Mailbox exceeds allowed size", "full",
	    "mailboxfull", NULL, NULL },
	{ NULL, "550", NULL, "550 Sending quota exceeded", "blocked",
	    "speeding", NULL, NULL },
	{ NULL, "451", NULL, "451 Sending quota exceeded", "retry-later",
	    "speeding", NULL, NULL },
	/* spam and content */
	{ NULL, "554", NULL, "554 Message classified as bulk mail", "content",
	    "spamdetected", NULL, NULL },
	{ "5.7.1", "554", NULL, "554 5.7.1 Message rejected: URL listed in "
	    "multi.uribl.com", "content", "spamdetected", NULL, NULL },
	{ NULL, "550", NULL, "550 Rejected by dspam", "content",
	    "spamdetected", NULL, NULL },
	{ NULL, "550", NULL, "550 Message failed several antispam checks",
	    "content", "spamdetected", NULL, NULL },
	/* expiry */
	{ NULL, NULL, "failed", "retry time exceeded", "retry-later",
	    "expired", NULL, NULL },
	{ NULL, NULL, "failed", "Queue lifetime reached for this message",
	    "retry-later", "expired", NULL, NULL },
	{ NULL, NULL, NULL, "Delivery failed 20 attempts: a@b.example",
	    "retry-later", "expired", NULL, NULL },
	/* a Japanese carrier's filter answers "User unknown" after DATA */
	{ "5.2.0", "550", "failed", "550 : User unknown", "blocked",
	    "filtered", "a@ezweb.ne.jp", "data" },
	{ "5.2.0", "550", "failed", "550 : User unknown", "invalid",
	    "userunknown", "a@example.com", "data" },
	/* "access denied" names no reason, except where Microsoft says so */
	{ "5.7.1", "554", "failed", "554 5.7.1 <a@b.example>: Recipient "
	    "address rejected: Access denied", "blocked", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 5.7.1 [192.0.2.1] Messages from this IP "
	    "are not accepted, spam source", "blocked", "blocked", NULL,
	    NULL },
	{ NULL, "554", NULL, "554 Attachment type not allowed", "content",
	    "contenterror", NULL, NULL },
	{ NULL, "552", NULL, "552 message line is too long", "content",
	    "exceedlimit", NULL, NULL },
	{ NULL, "551", NULL, "551 User not local; please try "
	    "<c@d.example>", "invalid", "hasmoved", NULL, NULL },
	{ "5.7.1", "554", NULL, "554 5.7.1 This mailbox has been blocked due "
	    "to inactivity", "invalid", "suspend", NULL, NULL },
	/* the same concepts in our users' languages */
	{ NULL, "550", NULL, "550 Usu\xc3\xa1rio desconhecido", "invalid",
	    "userunknown", NULL, NULL },
	{ NULL, "552", NULL, "552 Caixa postal cheia", "full", "mailboxfull",
	    NULL, NULL },
	{ NULL, "552", NULL, "552 Nachrichtengr\xc3\xb6\xc3\x9f" "e "
	    "\xc3\xbc" "berschritten", "content", "mesgtoobig", NULL, NULL },
	{ NULL, "552", NULL, "552 \xe9\x82\xae\xe4\xbb\xb6\xe5\xa4\xa7"
	    "\xe5\xb0\x8f\xe8\xb6\x85\xe8\xbf\x87\xe9\x99\x90\xe5\x88"
	    "\xb6", "content", "mesgtoobig", NULL, NULL },	/* size over */
	{ NULL, "550", NULL, "550 \xe5\x9f\x9f\xe5\x90\x8d\xe4\xb8\x8d"
	    "\xe5\xad\x98\xe5\x9c\xa8", "invalid", "hostunknown", NULL,
	    NULL },					/* no such domain */
	{ NULL, "451", NULL, "451 rcpt handle timeout", "retry-later", NULL,
	    NULL, NULL },
	/* providers' code families: the code decides, not the words */
	{ NULL, "554", NULL, "554 cmsmtp AUP#I-1530", "content",
	    "mesgtoobig", NULL, NULL },
	{ NULL, "554", NULL, "554 cmsmtp AUP#In-1100", "blocked",
	    "requireptr", NULL, NULL },
	{ NULL, "421", NULL, "421 cmsmtp AUP#I-1090", "retry-later", NULL,
	    NULL, NULL },
	{ NULL, "550", NULL, "550 Email sending limited due to suspicious "
	    "account activity. AUP#CXTHRT", "blocked", NULL, NULL, NULL },
	{ NULL, "554", NULL, "554 A URL within the body of the message was "
	    "found on blocklists Spamhaus DBL and ivmURI. AUP#URLBL110",
	    "content", "spamdetected", NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 RCP-P1 http://postmaster."
	    "facebook.com/response_codes", "invalid", "userunknown", NULL,
	    NULL },
	{ "5.7.1", "550", "failed", "550 5.7.1 RCP-P2 http://postmaster."
	    "facebook.com/response_codes", "blocked", "filtered", NULL,
	    NULL },
	{ "4.7.1", "421", "delayed", "421 4.7.1 CON-T1 http://postmaster."
	    "facebook.com/response_codes", "retry-later", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 XGEMAIL_0011", "invalid", "userunknown",
	    NULL, NULL },
	{ NULL, "450", NULL, "450 XGEMAIL_0014", "retry-later", NULL, NULL,
	    NULL },
	{ NULL, "550", NULL, "550 see http://mail.i.ua/err/9", "blocked",
	    "blocked", NULL, NULL },
	{ NULL, "550", NULL, "550 see http://mail.i.ua/err/2", "invalid",
	    "userunknown", NULL, NULL },
	/* a policy under 5.1.1, a block under 5.2.2: not dead, not full */
	{ "5.1.1", "552", "failed", "552 5.1.1 <a@b.example> Mailbox "
	    "delivery failure policy error", "blocked", NULL, NULL, NULL },
	{ "5.2.2", "550", "failed", "550 5.2.2 explicit blocking of sender "
	    "or recipient address", "blocked", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 <a@b.example> recipient rejected GL/BL",
	    "blocked", "filtered", NULL, NULL },
	{ NULL, "554", NULL, "554 192.0.2.1 found on one or more RBLs "
	    "(abusixip)", "blocked", "blocked", NULL, NULL },
	{ "5.6.5", "554", "failed", "554 5.6.5 TLS encryption required by "
	    "customer rule", "blocked", "securityerror", NULL, NULL },
	{ "5.7.2", "554", "failed", "554 5.7.2 Service denied, closing "
	    "transmission channel", "blocked", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 The message contains a url that has been "
	    "blocked by the recipient's filter", "content", "spamdetected",
	    NULL, NULL },
	{ NULL, "550", NULL, "550 We will no longer accept mail from your "
	    "mail server's IP address", "blocked", "blocked", NULL, NULL },
	/* a sender that must match what it authenticated as */
	{ NULL, "550", NULL, "550 From domain must match authenticated "
	    "domain", "blocked", "rejected", NULL, NULL },
	/* a loop, whatever filter header it names */
	{ "5.5.6", "554", "failed", "554 5.5.6 Loop detection > 10 mal "
	    "X-antispameurope-disclaimer", "retry-later", "networkerror",
	    NULL, NULL },
	{ NULL, "554", NULL, "554 resimta-h1.example.net comcast 192.0.2.1 "
	    "Comcast block for spam. Please see http://postmaster.comcast."
	    "net/smtp-error-codes.php#BL000000", "blocked", "blocked",
	    NULL, NULL },
	{ "5.4.1", "541", "failed", "541 5.4.1 Mail rejected by destination "
	    "domain", "blocked", "filtered", NULL, NULL },
	{ NULL, "550", NULL, "550 message sending for this account is "
	    "disabled", "blocked", "rejected", NULL, NULL },
	{ "5.5.3", "554", "failed", "554 5.5.3 email rejected due to Content "
	    "Filter Size Limit", "content", "mesgtoobig", NULL, NULL },
	{ "4.5.3", "452", "failed", "452 4.5.3 Domain policy size per "
	    "transaction exceeded, please try this recipient in a separate "
	    "transaction", "retry-later", NULL, NULL, NULL },
	{ "5.7.1", "552", "failed", "552-5.7.0 Our system detected an illegal "
	    "attachment on this message. Please visit http://mail.google.com/"
	    "support/bin/answer.py?answer=6590", "content", NULL, NULL, NULL },
	/* published provider codes */
	{ "5.4.1", "550", "failed", "550 5.4.1 Recipient address rejected: "
	    "Access denied. AS(201806281)", "invalid", "userunknown", NULL,
	    NULL },
	{ NULL, "550", "failed", "550 5.7.606 Access denied, banned sending "
	    "IP [192.0.2.1]", "blocked", NULL, NULL, NULL },
	{ "5.7.13", "550", "failed", "550 5.7.13 RESOLVER.RST.SenderNotAuth"
	    "enticatedForPublicFolder; sender was not authenticated for "
	    "public folder", "blocked", NULL, NULL, NULL },
	{ "5.3.2", "550", "failed", "550 5.3.2 System not accepting network "
	    "messages", "retry-later", NULL, NULL, NULL },
	{ NULL, "450", NULL, "450 MI:DMC 192.0.2.1", "retry-later", NULL,
	    NULL, NULL },
	{ NULL, "554", NULL, "554 This IP has been blocked for the day, for "
	    "attempting to mail too many invalid recipients. IB113",
	    "blocked", NULL, NULL, NULL },
	{ NULL, "554", NULL, "554 x.cox.net cox too many invalid recipients "
	    "AUP#CXBL", "blocked", NULL, NULL, NULL },
	{ NULL, "553", NULL, "553 This route requires encryption (TLS)",
	    "blocked", "securityerror", NULL, NULL },
	/* a quantity of dead addresses counts the sender's record
	 * (MailChannels [BR]), not this recipient */
	{ "5.7.1", "550", "failed", "550 5.7.1 A high number of unknown "
	    "recipients was seen from your server", "blocked",
	    "badreputation", NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 Large number of invalid "
	    "addresses from 192.0.2.1", "blocked", "badreputation", NULL,
	    NULL },
	/* Gmail 2026: an unusual rate or amount of mail is the sender's,
	 * whatever word for spam follows */
	{ "4.7.28", "421", "delayed", "421 4.7.28 Gmail has detected an "
	    "unusual amount of email from your domain. To protect our users "
	    "from spam, it has been rate limited.", "blocked", "badreputation",
	    NULL, NULL },
	/* VIPRE: transport encryption asked of the sender's domain */
	{ NULL, "550", NULL, "550 Mail from this domain must be sent over an "
	    "encrypted SMTP session", "blocked", "securityerror", NULL,
	    NULL },
	{ NULL, "552", NULL, "552 5.1.1 Boite du destinataire pleine. "
	    "Recipient overquota. OFR_417", "full", "mailboxfull", NULL,
	    NULL },
	{ NULL, "550", NULL, "550 5.5.0 Le compte du destinataire est "
	    "bloque. LPN007_426", "invalid", "suspend", NULL, NULL },
	{ NULL, "550", NULL, "550 Mailbox unavailable or access denied "
	    "[MJa3x2Ac]", "retry-later", "speeding", NULL, NULL },
	{ "5.2.1", "550", "failed", "550 5.2.1 The email account that you "
	    "tried to reach is inactive.", "invalid", "suspend", NULL, NULL },
	{ "5.6.0", "554", "failed", "554 5.6.0 Message exceeded 50 hops, "
	    "this may indicate a mail loop.", "retry-later", NULL, NULL,
	    NULL },
	{ "5.3.4", "552", "failed", "552 5.3.4 The number of attachments (40) "
	    "exceeds Google's limit of 25 attachments.", "content", NULL,
	    NULL, NULL },
	/* the recipient's own domain not found: dead; a relay not found:
	 * the sender's configuration, never the address */
	{ NULL, NULL, "failed", "Mail to <a@gone.example> failed: host "
	    "gone.example not found", "invalid", "hostunknown", NULL, NULL },
	{ NULL, NULL, "failed", "Mail to <a@b.example> failed: host "
	    "relay.isp.example not found", "unknown", NULL, NULL, NULL },
	/* the sending side's network, a connection shut, a lifetime out */
	{ "5.0.0", NULL, "failed", "Network is unreachable", "retry-later",
	    "networkerror", NULL, NULL },
	{ "5.0.0", NULL, "failed", "Connection shut down by the peer",
	    "retry-later", "networkerror", NULL, NULL },
	{ NULL, NULL, "failed", "Tried for 5 days, giving up.",
	    "retry-later", "expired", NULL, NULL },
	/* the same concepts in other languages: who + gone */
	{ NULL, "550", NULL, "550 Użytkownik nie istnieje", "invalid",
	    "userunknown", NULL, NULL },
	{ NULL, "550", NULL, "550 Пользователь не существует", "invalid",
	    "userunknown", NULL, NULL },
	{ NULL, "550", NULL, "550 존재하지 않는 사용자입니다", "invalid",
	    "userunknown", NULL, NULL },
	{ NULL, "550", NULL, "550 Kullanıcı bulunamadı", "invalid",
	    "userunknown", NULL, NULL },
	{ NULL, "550", NULL, "550 Gebruiker onbekend", "invalid",
	    "userunknown", NULL, NULL },
	{ NULL, "550", NULL, "550 Utilisateur introuvable", "invalid",
	    "userunknown", NULL, NULL },
	{ NULL, "550", NULL, "550 Endereço de e-mail não existe", "invalid",
	    "userunknown", NULL, NULL },
	/* ... who + switched off */
	{ NULL, "550", NULL, "550 Benutzerkonto deaktiviert", "invalid",
	    "suspend", NULL, NULL },
	{ NULL, "550", NULL, "550 Casella disattivata", "invalid", "suspend",
	    NULL, NULL },
	/* ... a mailbox, then full, and the reverse */
	{ NULL, "552", NULL, "552 Postvak vol", "full", "mailboxfull", NULL,
	    NULL },
	{ NULL, "552", NULL, "552 Skrzynka odbiorcy jest pełna", "full",
	    "mailboxfull", NULL, NULL },
	{ NULL, "552", NULL, "552 메일함 용량 초과", "full", "mailboxfull",
	    NULL, NULL },
	{ NULL, "552", NULL, "552 Casella piena", "full", "mailboxfull", NULL,
	    NULL },
	{ NULL, "550", NULL, "550 User has exhausted allowed storage space",
	    "full", "mailboxfull", NULL, NULL },
	/* ... an expired delivery time */
	{ NULL, NULL, "failed", "Zustellzeit abgelaufen", "retry-later",
	    "expired", NULL, NULL },
	/* ... and the negative evidence: for now, or the sender's */
	{ NULL, "550", NULL, "550 Benutzerkonto vorübergehend gesperrt",
	    "retry-later", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 Usuário temporariamente desativado",
	    "retry-later", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 Absender unbekannt", "blocked", "rejected",
	    NULL, NULL },
	{ NULL, "550", NULL, "550 Remitente desconocido", "blocked",
	    "rejected", NULL, NULL },
	/* ... but a notice's "returned to the sender" names no culprit */
	{ NULL, "550", NULL, "550 Destinatario desconocido. Mensaje devuelto "
	    "al remitente", "invalid", "userunknown", NULL, NULL },
	/* a message's size is not a full mailbox */
	{ NULL, "552", NULL, "552 Tamaño del correo excedido", "content",
	    "mesgtoobig", NULL, NULL },
	/* "a user without permission to send": no word says gone */
	{ NULL, "550", NULL, "550 발송 권한이 없는 사용자입니다", "unknown",
	    NULL, NULL, NULL },
	/* "your account is locked": said of the sender, a sender alert */
	{ NULL, "550", NULL, "550 Ihr Konto ist gesperrt", "blocked", NULL,
	    NULL, NULL },
};

/*
 * Texts of the MTAs and filters as their own documentation gives them:
 * the sender's side is never a dead address whatever the status, a filter's
 * verdict on the message is its content, a temporary condition at the
 * destination passes.
 */
static const struct reply documented[] = {
	/* RFC 7505 sections 4.1 and 4.2: X.1.10 is the recipient's null
	 * MX, X.7.27 the sender's; the text decides, since Sendmail also
	 * answers a recipient's null MX with 5.7.27 */
	{ "5.7.27", "550", "failed", "550 5.7.27 Sender address has null MX",
	    "blocked", NULL, NULL, NULL },
	{ "5.1.10", "556", "failed", "556 5.1.10 Recipient address has null "
	    "MX", "invalid", NULL, NULL, NULL },
	/* postconf(5) reject_unknown_sender_domain with a null MX */
	{ "5.7.27", "554", "failed", "554 5.7.27 <news@c.example>: Sender "
	    "address rejected: Domain c.example does not accept mail "
	    "(nullMX)", "blocked", NULL, NULL, NULL },
	{ "5.7.27", "550", "failed", "550 5.7.27 domain c.example of the "
	    "envelope sender does not send mail", "blocked", NULL, NULL,
	    NULL },
	/* postconf(5) reject_unknown_sender_domain, unknown_address_reject_code */
	{ "5.1.2", "550", "failed", "550 5.1.2 sender domain c.example not "
	    "found", "blocked", NULL, NULL, NULL },
	{ "4.1.8", "450", "failed", "450 4.1.8 <news@c.example>: Sender "
	    "address rejected: Domain not found", "blocked", NULL, NULL,
	    NULL },
	{ "5.1.2", "550", "failed", "550 5.1.2 MAIL FROM domain c.example "
	    "does not exist", "blocked", NULL, NULL, NULL },
	{ "5.1.2", "550", "failed", "550 5.1.2 from-address domain has no "
	    "DNS records", "blocked", NULL, NULL, NULL },
	/* postconf(5) reject_unverified_sender and reject_unlisted_sender:
	 * the probe's answer about our sender is quoted */
	{ "5.1.7", "550", "failed", "550 5.1.7 <news@c.example>: Sender "
	    "address rejected: undeliverable address: host mx.c.example"
	    "[192.0.2.10] said: 550 5.1.1 <news@c.example>: Recipient address "
	    "rejected: User unknown in local recipient table", "blocked",
	    NULL, NULL, NULL },
	{ "5.1.0", "550", "failed", "550 5.1.0 <news@c.example>: Sender "
	    "address rejected: User unknown in virtual mailbox table",
	    "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 sender address unknown",
	    "blocked", NULL, NULL, NULL },
	/* Exim's sender verification (spec: "verify = sender") */
	{ NULL, "550", NULL, "550-Verification failed for <news@c.example> "
	    "550-Unrouteable address 550 Sender verify failed", "blocked",
	    NULL, NULL, NULL },
	/* Sendmail proto.m4: the sender's domain */
	{ "5.1.8", "553", NULL, "553 5.1.8 <news@c.example>... Domain of "
	    "sender address news@c.example does not exist", "blocked", NULL,
	    NULL, NULL },
	/* HELO and the client's name (RFC 5321 4.1.1.1; Exim's smtp_in
	 * replies; postconf(5) reject_unknown_client_hostname) */
	{ NULL, "501", NULL, "501 Syntactically invalid HELO argument(s)",
	    "blocked", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 Bogus HELO name", "blocked", NULL, NULL,
	    NULL },
	{ NULL, "550", NULL, "550 Client hostname does not resolve",
	    "blocked", NULL, NULL, NULL },
	/* amavisd-new %smtp_reason_by_ccat: the filter's verdict on the
	 * message under 5.7.0 or 5.6.0 */
	{ "5.7.0", "554", "failed", "554 5.7.0 Reject, id=12345-01 - BANNED: "
	    "invoice.exe", "content", NULL, NULL, NULL },
	{ "5.6.0", "554", "failed", "554 5.6.0 Reject, id=12345-01 - BAD "
	    "HEADER: Improper use of control character (char 0D hex) in "
	    "message header 'Subject'", "content", NULL, NULL, NULL },
	{ "5.7.0", "554", "failed", "554 5.7.0 Reject, id=12345-01 - spammy",
	    "content", NULL, NULL, NULL },
	{ "5.7.0", "554", "failed", "554 5.7.0 Reject, id=12345-01 - spam",
	    "content", NULL, NULL, NULL },
	{ "5.7.0", "554", "failed", "554 5.7.0 Reject, id=12345-01 - "
	    "INFECTED: Eicar-Signature", "content", NULL, NULL, NULL },
	/* ... and the filter's own failure passes */
	{ "4.5.0", "451", "failed", "451 4.5.0 Error in processing, "
	    "id=12345-01, virus_scan FAILED: virus scanner temporarily "
	    "unavailable", "retry-later", NULL, NULL, NULL },
	/* header_checks(5) example; Exim spec, content scanning examples */
	{ "5.7.1", "550", "failed", "550 5.7.1 Attachment name \"x.exe\" may "
	    "not end with \".exe\"", "content", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 Blacklisted file extension detected",
	    "content", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 Serious MIME defect detected", "content",
	    NULL, NULL, NULL },
	/* a host's record with spam, not the message */
	{ "5.7.1", "554", NULL, "554 5.7.1 Too much spam from your host "
	    "192.0.2.10", "blocked", NULL, NULL, NULL },
	/* the sender named as a spam source (Interia), or blocked by its
	 * record (Yandex); a message whose "source" is spam stays content */
	{ NULL, "550", NULL, "550 IP address (192.0.2.1) of the server "
	    "handling your email has been labeled as a source of spam.",
	    "blocked", "badreputation", NULL, NULL },
	{ NULL, "550", NULL, "550 Blocked by spam statistics - see "
	    "http://feedback.yandex.ru/", "blocked", "badreputation", NULL,
	    NULL },
	{ NULL, "550", NULL, "550 Message rejected: the source of this "
	    "message looks like spam", "content", NULL, NULL, NULL },
	/* a rule violated in Polish under 5.1.0 (forpsi): the sending
	 * account held, never a dead address */
	{ "5.1.0", "550", "failed", "550 5.1.0 Naruszenie zasad "
	    "cNkj1y0022zrrQM01NkjaD, zobacz https://support.forpsi.com/kb/"
	    "a4071", "blocked", "policyviolation", NULL, NULL },
	/* X.7.x under class 4 with no cause named: a pause; a permanent
	 * deferral or a block list named stays the sender's */
	{ "4.7.0", "421", NULL, "421 4.7.0 mx.example.com closing "
	    "connection", "retry-later", NULL, NULL, NULL },
	{ "4.7.1", "450", NULL, "450 4.7.1 Message refused", "retry-later",
	    NULL, NULL, NULL },
	{ "4.7.0", "421", NULL, "421 4.7.0 Messages from 192.0.2.1 "
	    "permanently deferred", "blocked", NULL, NULL, NULL },
	/* the message named as holding what is refused: content under
	 * 5.7.1; the sender's authentication named beside it is not */
	{ "5.7.1", "554", NULL, "554 5.7.1 The message contains a link to "
	    "a blocked domain", "content", NULL, NULL, NULL },
	{ "5.7.1", "550", NULL, "550 5.7.1 Message contains an "
	    "unauthenticated From domain (DMARC)", "blocked", NULL, NULL,
	    NULL },
	/* Postfix smtp(8) TLS at the destination (TLS_README): retry */
	{ "4.7.4", "451", "delayed", "TLS is required, but was not offered by "
	    "host mx.b.example[192.0.2.1]", "retry-later", NULL, NULL, NULL },
	{ "4.7.5", "451", "delayed", "Server certificate not trusted",
	    "retry-later", NULL, NULL, NULL },
	/* a temporary deferral names no blocklist: retry */
	{ "4.7.1", "450", NULL, "450 4.7.1 <a@b.example>: Recipient address "
	    "rejected: DMARC policy lookup failed, try again later",
	    "retry-later", NULL, NULL, NULL },
	{ "4.7.0", "450", NULL, "450 4.7.0 Message deferred by policy, try "
	    "again later", "retry-later", NULL, NULL, NULL },
	/* Courier's checks of the sender's domain at MAIL FROM
	 * (courier/submit.C checkdns) */
	{ NULL, "517", NULL, "517-Domain does not exist: c.example. 517 "
	    "Invalid domain, see <URL:ftp://ftp.isi.edu/in-notes/rfc1035.txt>",
	    "blocked", NULL, NULL, NULL },
	{ NULL, "517", NULL, "517-MX records for c.example violate section "
	    "3.3.9 of RFC 1035.", "blocked", NULL, NULL, NULL },
	{ NULL, "417", NULL, "417 DNS lookup failure: c.example.  Try again "
	    "later.", "retry-later", NULL, NULL, NULL },
	/* postconf(5) smtpd_data_restrictions: the client's behaviour */
	{ "5.5.0", "503", NULL, "503 5.5.0 <a@b.example>: Data command "
	    "rejected: Improper use of SMTP command pipelining", "blocked",
	    NULL, NULL, NULL },
	{ "5.5.0", "550", NULL, "550 5.5.0 <a@b.example>: Data command "
	    "rejected: Multi-recipient bounce", "blocked", NULL, NULL, NULL },
	/* Exim's header syntax check (spec: "verify = header_syntax") */
	{ NULL, "550", NULL, "550 syntax error in 'From' header when "
	    "scanning for sender: missing or malformed local part", "content",
	    NULL, NULL, NULL },
	/* local delivery that may not write (maildrop's messages; the
	 * system's "Permission denied"): the receiving system's fault */
	{ NULL, NULL, NULL, "maildrop: Invalid home directory permissions - "
	    "world writable.", "retry-later", NULL, NULL, NULL },
	{ NULL, NULL, NULL, "maildrop: Unable to change to home directory.",
	    "retry-later", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 cannot open mailbox /var/mail/a: "
	    "Permission denied", "retry-later", NULL, NULL, NULL },
	/* Japanese: the words providers' help pages use for a full
	 * mailbox, a missing address, a size over the limit */
	{ NULL, "550", NULL, "550 \xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab"
	    "\xe3\x83\x9c\xe3\x83\x83\xe3\x82\xaf\xe3\x82\xb9\xe3\x81"
	    "\x8c\xe4\xb8\x80\xe6\x9d\xaf\xe3\x81\xa7\xe3\x81\x99",
	    "full", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 \xe5\xae\x9b\xe5\x85\x88\xe3\x81\xae"
	    "\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab\xe3\x82\xa2\xe3\x83"
	    "\x89\xe3\x83\xac\xe3\x82\xb9\xe3\x81\x8c\xe8\xa6\x8b\xe3"
	    "\x81\xa4\xe3\x81\x8b\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b"
	    "\xe3\x82\x93", "invalid", NULL, NULL, NULL },
	{ NULL, "552", NULL, "552 \xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab"
	    "\xe3\x82\xb5\xe3\x82\xa4\xe3\x82\xba\xe3\x81\x8c\xe4\xb8"
	    "\x8a\xe9\x99\x90\xe3\x82\x92\xe8\xb6\x85\xe3\x81\x88\xe3"
	    "\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x99", "content",
	    NULL, NULL, NULL },
	/* the sender named in other words: never the recipient's death */
	{ "5.1.1", "550", NULL, "550 5.1.1 Return path domain does not "
	    "exist", "blocked", NULL, NULL, NULL },
	{ "5.1.2", "550", NULL, "550 5.1.2 The domain of your e-mail address "
	    "does not exist", "blocked", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 sender mailbox unavailable", "blocked",
	    NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 The user you are sending as does not exist",
	    "blocked", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 Verification of sender failed", "blocked",
	    NULL, NULL, NULL },
	/* ... while a notice naming the message's sender is not about it */
	{ "5.1.1", "550", "failed", "Message from sender news@c.example is "
	    "undeliverable: 550 5.1.1 user unknown", "invalid", "userunknown",
	    NULL, NULL },
	/* ... while a quoted header of the returned message says nothing */
	{ "5.1.1", "550", "failed", "550 5.1.1 <a@b.example>... User unknown "
	    "Return-Path: <news@c.example> Received: from mx.c.example",
	    "invalid", "userunknown", NULL, NULL },
	/* Postfix smtpd: the client skipped HELO; RFC 5321 4.1.1.1 */
	{ "5.5.1", "503", NULL, "503 5.5.1 Error: send HELO/EHLO first",
	    "blocked", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 HELO name is an IP address", "blocked",
	    NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 You are not welcome here", "blocked", NULL,
	    NULL, NULL },
	{ NULL, "550", NULL, "550 Your domain is banned", "blocked", NULL,
	    NULL, NULL },
	/* the message's form (RFC 5322 3.6) and content: SpamAssassin's
	 * GTUBE test string, attachments, headers */
	{ NULL, "550", NULL, "550 Message has no Message-ID header",
	    "content", NULL, NULL, NULL },
	{ "5.6.1", "554", NULL, "554 5.6.1 Rejected: too many MIME parts",
	    "content", NULL, NULL, NULL },
	{ "5.7.1", "554", NULL, "554 5.7.1 Message rejected due to suspicious "
	    "header", "content", NULL, NULL, NULL },
	{ "5.7.1", "554", NULL, "554 5.7.1 Gtube pattern", "content", NULL,
	    NULL, NULL },
	{ NULL, "554", NULL, "554 Message rejected: we do not accept .exe "
	    "attachments", "content", NULL, NULL, NULL },
	{ "4.3.0", "451", NULL, "451 4.3.0 Spam filter temporarily "
	    "unavailable", "retry-later", NULL, NULL, NULL },
	/* Postfix smtpd's protocol replies (RFC 3463 X.5.1, X.5.2, X.5.4):
	 * what the sending client said */
	{ "5.5.2", "500", NULL, "500 5.5.2 Error: bad syntax", "blocked",
	    NULL, NULL, NULL },
	{ "5.5.1", "503", NULL, "503 5.5.1 Error: nested MAIL command",
	    "blocked", NULL, NULL, NULL },
	/* Haraka's outbound queue when its retries ran out, and a quota
	 * reply it retried: the reply's own reading wins */
	{ NULL, NULL, NULL, "Too many failures (Tried all MXs)",
	    "retry-later", "networkerror", NULL, NULL },
	{ NULL, NULL, NULL, "Too many failures (DNS lookup failure: Error: "
	    "queryMx ETIMEOUT example.com)", "retry-later", NULL, NULL,
	    NULL },
	{ NULL, NULL, NULL, "Too many failures (Upstream error: 452 4.2.2 "
	    "The email account that you tried to reach is over quota.)",
	    "full", NULL, NULL, NULL },
	{ NULL, NULL, NULL, "Temporary MX lookup error for example.com",
	    "retry-later", "networkerror", NULL, NULL },
	/* not a queue's: a login's failures */
	{ NULL, "535", NULL, "535 Too many failures, try again later",
	    "retry-later", "systemerror", NULL, NULL },
	/* a queue's retries ran out, said in other orders and words */
	{ NULL, NULL, NULL, "Message has exceeded the maximum retry count",
	    "retry-later", "expired", NULL, NULL },
	{ NULL, NULL, NULL, "Delivery failed after maximum number of "
	    "retries", "retry-later", "expired", NULL, NULL },
	{ NULL, NULL, NULL, "Could not deliver the message in the time "
	    "limit specified.", "retry-later", "expired", NULL, NULL },
	{ NULL, NULL, NULL, "The message could not be delivered despite "
	    "repeated attempts", "retry-later", "expired", NULL, NULL },
	/* Sendmail's queue timeout */
	{ NULL, NULL, NULL, "Cannot send message for 5 days",
	    "retry-later", "expired", NULL, NULL },
	/* a phrase cut by a multi-line reply's prefixes */
	{ "5.2.1", "550", NULL, "550-5.2.1 The email account that you tried "
	    "to reach is 550-5.2.1 disabled. 550 5.2.1 https://support."
	    "google.com/mail/?p=DisabledUser", "invalid", NULL, NULL,
	    NULL },
	{ NULL, "452", NULL, "452-4.2.2 The email account that you tried to "
	    "reach is over 452-4.2.2 quota", "full", NULL, NULL, NULL },
	/* a refused RFC 3461 parameter: neither recipient nor sender */
	{ "5.5.4", "501", NULL, "501 5.5.4 Error: Bad NOTIFY parameter "
	    "syntax", "unknown", "syntaxerror", NULL, NULL },
	{ "5.5.4", "555", NULL, "555 5.5.4 Unsupported option: ORCPT",
	    "unknown", "syntaxerror", NULL, NULL },
	/* "spam" said of the sending host's record, not of this message;
	 * a spam scanner that failed passes */
	{ "5.7.1", "550", NULL, "550 5.7.1 Too many spam complaints",
	    "blocked", NULL, NULL, NULL },
	{ NULL, "554", NULL, "554 Mail from your host hit a spamtrap",
	    "blocked", NULL, NULL, NULL },
	{ "4.7.1", "451", NULL, "451 4.7.1 Spam scan failed, try again later",
	    "retry-later", NULL, NULL, NULL },
	/* Exim's own texts: a DNS lookup that did not finish passes, a
	 * domain that does not route is gone */
	{ NULL, NULL, "failed", "host lookup did not complete",
	    "retry-later", NULL, NULL, NULL },
	{ NULL, NULL, "failed", "unrouteable mail domain \"b.example\"",
	    "invalid", "hostunknown", NULL, NULL },
	/* a queue that ran out (OpenSMTPD, au by EZweb) and a receiving
	 * server without TLS (Gmail's state 6) pass */
	{ NULL, NULL, "failed", "Envelope expired", "retry-later", "expired",
	    NULL, NULL },
	{ NULL, NULL, NULL, "Your message was not delivered within 0 days "
	    "and 1 hours. Remote host is not responding.", "retry-later",
	    "expired", NULL, NULL },
	{ NULL, "500", NULL, "500 Remote server does not support TLS "
	    "(state 6).", "retry-later", "systemerror", NULL, NULL },
	/* header_checks(5), body_checks */
	{ "5.7.1", "550", NULL, "550 5.7.1 Message rejected by header_checks",
	    "content", NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 This message has been rejected because it "
	    "has an unacceptable attachment", "content", NULL, NULL, NULL },
	/* loops (RFC 3463 X.4.6, "persistent transient"): never a dead or
	 * a refused address */
	{ "5.4.6", "554", "failed", "554 5.4.6 Too many hops", "retry-later",
	    NULL, NULL, NULL },
	{ NULL, "550", NULL, "550 Too many \"Received\" headers - suspected "
	    "mail loop", "retry-later", NULL, NULL, NULL },
	{ "5.3.5", "554", "failed", "554 5.3.5 config error: mail loops back "
	    "to me (MX problem?)", "retry-later", NULL, NULL, NULL },
};

/*
 * Chinese and Traditional Chinese texts read as concepts, and replies of
 * Chinese providers (the sources are named in tests/corpus/chinese).
 */
/*
 * Chinese advice is no reason: a sentence that opens with 请 or 建议
 * (please, we suggest) names what the sender might check, and its words
 * ("垃圾邮件", "收件帐号是否存在") are not read; one that says to try again
 * later is kept, and 请求 (a request) opens no advice.  A question
 * (是否, whether) or a reason that cannot be found states no missing
 * address.
 */
static const struct reply advice[] = {
	{ NULL, "554", "failed", "554 HL:ICC 该IP短期内发送了大量信件，超过了"
	    "限制，被临时禁止连接。请检查是否有用户发送病毒或者垃圾邮件。",
	    "blocked", NULL, NULL, NULL },
	{ NULL, NULL, "failed", "请检查收件人地址是否存在，或联系收件人确认邮箱"
	    "是否可用。", "unknown", NULL, NULL, NULL },
	{ NULL, NULL, "failed", "若邮箱地址准确,建议同收件方确认以下信息:1.收件"
	    "帐号是否存在;2.收件帐号是否处于过期或禁用状态。", "unknown", NULL,
	    NULL, NULL },
	{ NULL, NULL, "failed", "您还是无法找到收件人地址的错误原因", "unknown",
	    NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 请求的操作未执行：收件人不存在",
	    "invalid", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 收件人不存在。请核对地址后重新发送。",
	    "invalid", NULL, NULL, NULL },
	{ NULL, "451", "failed", "451 服务器繁忙。請稍後再試。", "retry-later",
	    NULL, NULL, NULL },
	/* a purpose is no verdict on the message */
	{ NULL, NULL, "failed", "收件人的邮件服务商有收信频率限制:为了防止垃圾"
	    "邮件的侵害,很多邮件服务商都对邮件接受进行了频率限制。",
	    "retry-later", NULL, NULL, NULL },
	/* the sending IP suspended or not allowed: the sender's */
	{ NULL, "554", "failed", "554 HL:IPB 该IP不在允许的发送地址列表里。",
	    "blocked", NULL, NULL, NULL },
	{ NULL, "554", "failed", "554 该IP的发送行为触犯了服务条款，"
	    "被临时挂起。", "blocked", NULL, NULL, NULL },
	/* no such host; "没有这个" alone names none */
	{ NULL, NULL, "failed", "沒有這個主機。", "invalid", "hostunknown",
	    NULL, NULL },
	{ NULL, "550", "failed", "550 没有这个权限", "unknown", NULL, NULL,
	    NULL },
};

static const struct reply chinese[] = {
	/* fobhost.com's table of bounce keywords */
	{ NULL, "550", NULL,
	    "\xe5\xb8\x90\xe5\x8f\xb7\xe8\xa2\xab\xe7\xa6\x81\xe7\x94"
	    "\xa8(\xe5\x86\xbb\xe7\xbb\x93\xe6\x88\x96\xe5\x88\xa0"
	    "\xe9\x99\xa4\xe7\xad\x89)",
	    "invalid", "suspend", NULL, NULL },
	/* Exchange's text for the user */
	{ NULL, "550", NULL,
	    "\xe6\x89\xbe\xe4\xb8\x8d\xe5\x88\xb0\xe4\xbd\xa0\xe5\xb0"
	    "\x9d\xe8\xaf\x95\xe8\x81\x94\xe7\xb3\xbb\xe7\x9a\x84\xe7"
	    "\x94\xb5\xe5\xad\x90\xe9\x82\xae\xe4\xbb\xb6\xe5\x9c\xb0"
	    "\xe5\x9d\x80",
	    "invalid", "userunknown", NULL, NULL },
	{ NULL, "550", NULL,
	    "\xe8\xaf\xa5\xe9\x82\xae\xe7\xae\xb1\xe5\xb7\xb2\xe5\x81"
	    "\x9c\xe7\x94\xa8",
	    "invalid", "suspend", NULL, NULL },
	{ NULL, "550", NULL,
	    "\xe6\xad\xa4\xe5\xb8\x90\xe5\x8f\xb7\xe5\xb7\xb2\xe6\xb3"
	    "\xa8\xe9\x94\x80",
	    "invalid", "suspend", NULL, NULL },
	/* help.url.com.tw, Traditional */
	{ NULL, "550", NULL,
	    "\xe5\xb0\x8d\xe6\x96\xb9\xe4\xb8\xbb\xe6\xa9\x9f\xe5\x9b"
	    "\x9e\xe6\x87\x89\xe4\xb8\xa6\xe6\xb2\x92\xe6\x9c\x89\xe9"
	    "\x80\x99\xe5\x80\x8b\xe4\xbd\xbf\xe7\x94\xa8\xe8\x80\x85",
	    "invalid", "userunknown", NULL, NULL },
	{ NULL, "550", NULL,
	    "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xe5\x9c\xb0\xe5\x9d"
	    "\x80\xe6\x97\xa0\xe6\x95\x88",
	    "invalid", "userunknown", NULL, NULL },
	/* the sender's own account: a sender alert, nobody's address is
	 * dead */
	{ NULL, "550", NULL,
	    "\xe6\x82\xa8\xe7\x9a\x84\xe5\xb8\x90\xe5\x8f\xb7\xe5\xb7"
	    "\xb2\xe8\xa2\xab\xe5\x86\xbb\xe7\xbb\x93",
	    "blocked", NULL, NULL, NULL },
	/* 暂时: for now, a delay (as "Benutzerkonto vorübergehend
	 * gesperrt") */
	{ NULL, "550", NULL,
	    "\xe8\xaf\xa5\xe7\x94\xa8\xe6\x88\xb7\xe6\x9a\x82\xe6\x97"
	    "\xb6\xe8\xa2\xab\xe9\x94\x81\xe5\xae\x9a",
	    "retry-later", NULL, NULL, NULL },
	/* an IP address is the sender's: never a dead address */
	{ NULL, "550", NULL,
	    "IP\xe5\x9c\xb0\xe5\x9d\x80\xe4\xb8\x8d\xe5\xad\x98\xe5"
	    "\x9c\xa8\xe4\xba\x8e\xe7\x99\xbd\xe5\x90\x8d\xe5\x8d\x95"
	    "\xe4\xb8\xad",
	    "blocked", NULL, NULL, NULL },
	/* the sender's address (发件人地址不存在) is the sender's problem */
	{ NULL, "553", NULL,
	    "\xe5\x8f\x91\xe4\xbb\xb6\xe4\xba\xba\xe5\x9c\xb0\xe5\x9d\x80"
	    "\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8",
	    "blocked", "rejected", NULL, NULL },
	/* a temporary reply never kills */
	{ NULL, "451", NULL,
	    "\xe7\x94\xa8\xe6\x88\xb7\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c"
	    "\xa8",
	    "retry-later", NULL, NULL, NULL },
	/* Aliyun */
	{ NULL, "552", NULL,
	    "\xe6\x94\xb6\xe4\xbf\xa1\xe4\xba\xba\xe6\x94\xb6\xe4\xbb"
	    "\xb6\xe7\xae\xb1\xe5\xb7\xb2\xe6\xbb\xa1,\xe6\x97\xa0"
	    "\xe6\xb3\x95\xe6\x94\xb6\xe4\xbf\xa1",
	    "full", "mailboxfull", NULL, NULL },
	/* Traditional */
	{ NULL, "552", NULL,
	    "\xe6\x94\xb6\xe4\xbb\xb6\xe8\x80\x85\xe4\xbf\xa1\xe7\xae"
	    "\xb1\xe5\xae\xb9\xe9\x87\x8f\xe5\xb7\xb2\xe6\xbb\xbf\xef"
	    "\xbc\x8c\xe7\x84\xa1\xe6\xb3\x95\xe5\x86\x8d\xe6\x8e\xa5"
	    "\xe6\x94\xb6\xe4\xbf\xa1\xe4\xbb\xb6",
	    "full", "mailboxfull", NULL, NULL },
	/* Aliyun */
	{ NULL, "552", NULL,
	    "\xe9\x82\xae\xe4\xbb\xb6\xe4\xbd\x93\xe7\xa7\xaf\xe8\xbf"
	    "\x87\xe5\xa4\xa7,\xe8\xb6\x85\xe8\xbf\x87\xe5\xaf\xb9"
	    "\xe6\x96\xb9\xe6\x8e\xa5\xe6\x94\xb6\xe5\x8d\x95\xe4\xb8"
	    "\xaa\xe9\x82\xae\xe4\xbb\xb6\xe6\x9c\x80\xe5\xa4\xa7\xe9"
	    "\x99\x90\xe5\x88\xb6",
	    "content", "mesgtoobig", NULL, NULL },
	/* Traditional */
	{ NULL, "550", NULL,
	    "\xe6\x82\xa8\xe7\x9a\x84\xe4\xbf\xa1\xe4\xbb\xb6\xe8\xa2"
	    "\xab\xe5\xb0\x8d\xe6\x96\xb9\xe8\xaa\x8d\xe7\x82\xba\xe6"
	    "\x98\xaf\xe5\x9e\x83\xe5\x9c\xbe\xe4\xbf\xa1",
	    "content", "spamdetected", NULL, NULL },
	{ NULL, "550", NULL,
	    "\xe5\x8f\x91\xe4\xbb\xb6\xe4\xba\xba\xe5\x8f\x91\xe9\x80"
	    "\x81\xe9\xa2\x91\xe7\x8e\x87\xe8\xb6\x85\xe8\xbf\x87\xe9"
	    "\x99\x90\xe5\x88\xb6",
	    "retry-later", NULL, NULL, NULL },
	/* Aliyun */
	{ NULL, "550", NULL,
	    "Reject by behaviour spamANTISPAM_BAT[01201311R196b3, c01"
	    "a1e2]: too frequently sending",
	    "retry-later", NULL, NULL, NULL },
	{ NULL, NULL, "failed",
	    "\xe8\xbf\x9e\xe6\x8e\xa5\xe5\xaf\xb9\xe6\x96\xb9\xe6\x9c"
	    "\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe8\xb6\x85\xe6\x97\xb6",
	    "retry-later", NULL, NULL, NULL },
	{ NULL, "554", NULL,
	    "\xe9\x82\xae\xe4\xbb\xb6\xe8\xa2\xab\xe6\x8b\x92\xe6\x94"
	    "\xb6",
	    "blocked", NULL, NULL, NULL },
	/* Postfix: the network, not a refusal */
	{ NULL, NULL, "failed",
	    "connect to mx.example.com[192.0.2.9]:25: Connection refu"
	    "sed",
	    "retry-later", "networkerror", NULL, NULL },
	/* NetEase enterprise */
	{ NULL, "550", NULL,
	    "SMTP error, MAIL FROM: 550 5.0.0 Mail rejected due to po"
	    "ssible SPAM.",
	    "content", "spamdetected", NULL, NULL },
	/* Tencent: a spam source is the sender */
	{ NULL, "550", NULL,
	    "550 Suspected spam ip, please try later",
	    "blocked", NULL, NULL, NULL },
	/* a wrong address (有误) */
	{ NULL, "550", NULL,
	    "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xe9\x82\xae\xe7\xae"
	    "\xb1\xe5\x9c\xb0\xe5\x9d\x80\xe6\x9c\x89\xe8\xaf\xaf",
	    "invalid", "userunknown", NULL, NULL },
	/* a server that does not answer */
	{ NULL, "451", NULL,
	    "\xe5\xaf\xb9\xe6\x96\xb9\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99"
	    "\xa8\xe6\x97\xa0\xe5\x93\x8d\xe5\xba\x94",
	    "retry-later", "networkerror", NULL, NULL },
	/* a delay: the notice will try again */
	{ NULL, NULL, "failed",
	    "\xe7\x94\xb1\xe4\xba\x8e\xe5\xaf\xb9\xe6\x96\xb9\xe6\x9c"
	    "\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe5\x8e\x9f\xe5\x9b\xa0\xef"
	    "\xbc\x8c\xe9\x82\xae\xe4\xbb\xb6\xe6\x9a\x82\xe6\x97\xb6"
	    "\xe6\x97\xa0\xe6\xb3\x95\xe6\x8a\x95\xe9\x80\x92\xef\xbc"
	    "\x8c\xe7\xb3\xbb\xe7\xbb\x9f\xe5\xb0\x86\xe7\xa8\x8d\xe5"
	    "\x90\x8e\xe9\x87\x8d\xe8\xaf\x95",
	    "retry-later", "systemerror", NULL, NULL },
	/* an address no longer in force (失效) */
	{ NULL, "550", NULL,
	    "\xe8\xaf\xa5\xe5\x9c\xb0\xe5\x9d\x80\xe5\xb7\xb2\xe5\xa4"
	    "\xb1\xe6\x95\x88",
	    "invalid", "suspend", NULL, NULL },
	/* a message expired in the queue, not a mailbox */
	{ NULL, "550", NULL,
	    "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xe7\x9a\x84\xe9\x82"
	    "\xae\xe4\xbb\xb6\xe5\x9c\xa8\xe9\x98\x9f\xe5\x88\x97\xe4"
	    "\xb8\xad\xe5\xb7\xb2\xe8\xbf\x87\xe6\x9c\x9f",
	    "retry-later", NULL, NULL, NULL },
	/* the notice's own sentence before the reply it quotes names the
	 * server (对方服务器返回的信息如下：): the reply's closed account is the
	 * mailbox's */
	{ NULL, "550", NULL,
	    "\xe5\xaf\xb9\xe6\x96\xb9\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99"
	    "\xa8\xe8\xbf\x94\xe5\x9b\x9e\xe7\x9a\x84\xe4\xbf\xa1\xe6"
	    "\x81\xaf\xe5\xa6\x82\xe4\xb8\x8b\xef\xbc\x9a"
	    "550 mailbox kim@shop.example is disabled for mail",
	    "invalid", NULL, NULL, NULL },
	/* the same sentence after the reply (以上为收件方服务器的回复) */
	{ NULL, "550", NULL,
	    "550 mailbox kim@shop.example is disabled for mail\xef\xbc\x88"
	    "\xe4\xbb"
	    "\xa5\xe4\xb8\x8a\xe4\xb8\xba\xe6\x94\xb6\xe4\xbb\xb6\xe6"
	    "\x96\xb9\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe7\x9a\x84"
	    "\xe5\x9b\x9e\xe5\xa4\x8d\xef\xbc\x89",
	    "invalid", NULL, NULL, NULL },
	/* the recipient's server is off (收件人服务器已关闭), not the mailbox */
	{ NULL, "550", NULL,
	    "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xe6\x9c\x8d\xe5\x8a"
	    "\xa1\xe5\x99\xa8\xe5\xb7\xb2\xe5\x85\xb3\xe9\x97\xad",
	    "retry-later", NULL, NULL, NULL },
	/* an expired certificate is no dead mailbox */
	{ NULL, "550", NULL,
	    "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xe6\x9c\x8d\xe5\x8a"
	    "\xa1\xe5\x99\xa8\xe7\x9a\x84\xe8\xaf\x81"
	    "\xe4\xb9\xa6\xe5\xb7\xb2\xe5\xa4\xb1\xe6\x95\x88",
	    "unknown", NULL, NULL, NULL },
	/* fobhost.com: 对方邮箱空间不够 (no space left), 邮件群发包含过多用户
	 * (too many recipients in one message) */
	{ NULL, "552", NULL,
	    "\xe5\xaf\xb9\xe6\x96\xb9\xe9\x82\xae\xe7\xae\xb1\xe7\xa9"
	    "\xba\xe9\x97\xb4"
	    "\xe4\xb8\x8d\xe5\xa4\x9f,\xe6\x97\xa0\xe6\xb3\x95\xe6"
	    "\x8e\xa5\xe6\x94\xb6\xe6\x96\xb0\xe9\x82\xae\xe4\xbb\xb6",
	    "full", "mailboxfull", NULL, NULL },
	{ NULL, "550", NULL,
	    "\xe9\x82\xae\xe4\xbb\xb6\xe7\xbe\xa4\xe5\x8f\x91\xe5\x8c\x85"
	    "\xe5\x90\xab\xe8\xbf\x87\xe5\xa4\x9a\xe7\x94\xa8\xe6\x88\xb7",
	    "retry-later", "speeding", NULL, NULL },
	/* NetEase's codes as another host uses them (163ns.com.cn) */
	{ NULL, "554", NULL, "554 HL:IHU", "blocked", "badreputation", NULL,
	    NULL },
	{ NULL, "554", NULL, "554 HL:IPB", "blocked", "blocked", NULL, NULL },
	/* Aliyun */
	{ NULL, "504", NULL,
	    "504 the number of RCPT attempts is achieved the maximum "
	    "threshold",
	    "retry-later", "speeding", NULL, NULL },
	/* Aliyun */
	{ NULL, "510", NULL,
	    "510 The length of Attach is achieved the maximum thresho"
	    "ld",
	    "content", NULL, NULL, NULL },
};

/*
 * Replies about the sender, the sending client or the message, from the
 * documentation and packaged source of the programs that send them, and
 * the SMTP command they answered (RFC 5321: a reply to MAIL FROM concerns
 * the sender, to the greeting or HELO the client, to the end of DATA the
 * message).  None of them may kill the recipient.
 */
/*
 * Texts notice families write themselves, as Sisimai 5's parsers quote
 * them (go-sisimai's lhost and p5-sisimai's Lhost modules), beside the
 * texts of the same shape that mean something else.
 */
static const struct reply families[] = {
	/* DragonFly Mail Agent (net.c): the recipient's domain is gone */
	{ NULL, NULL, "failed", "There was an error delivering your mail "
	    "to <a@gone.example>. DNS lookup failure: host gone.example not "
	    "found", "invalid", "hostunknown", NULL, NULL },
	/* Postfix: the lookup failed for now */
	{ NULL, "450", "failed", "Host or domain name not found. Name "
	    "service error for name=example.jp type=MX: Host not found, "
	    "try again", "retry-later", NULL, NULL, NULL },
	/* au by KDDI, without the apostrophe */
	{ NULL, NULL, "failed", "As the remote domain doesnt exist.",
	    "invalid", "hostunknown", NULL, NULL },
	{ NULL, NULL, "failed", "Due to the following SMTP relay error",
	    "blocked", "norelaying", NULL, NULL },
	/* the sender's own login */
	{ NULL, NULL, "failed", "Please turn on SMTP Authentication in "
	    "your mail client", "blocked", "securityerror", NULL, NULL },
	{ NULL, NULL, "failed", "Unspecified Error (SENT_SECOND_EHLO): Smtp "
	    "server does not advertise AUTH capability", "blocked",
	    "securityerror", NULL, NULL },
	{ NULL, NULL, "failed", "You're sending this from a different "
	    "address or alias using the 'Send mail as' feature.", "blocked",
	    "rejected", NULL, NULL },
	/* Exchange: the domain's MX leads back to the sender, not gone */
	{ "5.4.4", "554", "failed", "554 5.4.4 SMTPSEND.DNS.MxLoopback",
	    "retry-later", "networkerror", NULL, NULL },
	{ "5.4.4", "554", "failed", "554 5.4.4 SMTPSEND.DNS."
	    "NonExistentDomain; nonexistent domain", "invalid", "hostunknown",
	    NULL, NULL },
	/* Gmail's states: TLS and a login that failed at the next hop */
	{ NULL, "535", "failed", "535 SMTP AUTH failed with the remote "
	    "server. (state 8).", "retry-later", NULL, NULL, NULL },
	{ NULL, "500", "failed", "500 Remote server does not support SMTP "
	    "Authenticated Relay (state 12).", "blocked", "norelaying",
	    NULL, NULL },
};

static const struct reply sender_side[] = {
	/* a 5.1.1 in reply to MAIL FROM is the sender's, at RCPT TO not */
	{ "5.1.1", "550", "failed", "550 5.1.1 <news@example.com>... User "
	    "unknown", "blocked", "rejected", NULL, "mail" },
	{ "5.1.1", "550", "failed", "550 5.1.1 <anna@example.org>... User "
	    "unknown", "invalid", "userunknown", NULL, "rcpt" },
	/* Postfix smtp(8) around reject_unlisted_sender */
	{ "5.1.0", "550", "failed", "host mx.example.org[192.0.2.20] said: "
	    "550 5.1.0 <news@example.com>: Sender address rejected: User "
	    "unknown in local recipient table (in reply to MAIL FROM "
	    "command)", "blocked", "rejected", NULL, NULL },
	/* Exim's smtp transport, pipelined: the command decides */
	{ NULL, "550", "failed", "SMTP error from remote mail server after "
	    "pipelined MAIL FROM:<news@example.com> SIZE=4032: 550 No such "
	    "user here", "blocked", "rejected", NULL, NULL },
	{ NULL, "550", "failed", "SMTP error from remote mail server after "
	    "pipelined RCPT TO:<anna@example.org>: 550 No such user here",
	    "invalid", "userunknown", NULL, NULL },
	/* Postfix smtp(8): a greeting refused */
	{ NULL, "554", "failed", "host mx.example.org[192.0.2.20] refused to "
	    "talk to me: 554 mx.example.org", "blocked", "blocked", NULL,
	    NULL },
	/* qmail-remote names the step it was at */
	{ NULL, "554", "failed", "Connected to 192.0.2.20 but greeting "
	    "failed. Remote host said: 554 mx.example.org", "blocked", NULL,
	    NULL, NULL },
	{ "5.1.1", "553", "failed", "Connected to 192.0.2.20 but my name was "
	    "rejected. Remote host said: 553 5.1.1 unknown", "blocked", NULL,
	    NULL, NULL },
	{ NULL, "550", "failed", "192.0.2.20 failed after I sent the message. "
	    "Remote host said: 550 Requested action not taken", "content",
	    NULL, NULL, NULL },
	/* the end of DATA: the message, unless a refusal word names it */
	{ NULL, "550", "failed", "550 Requested action not taken", "content",
	    "contenterror", NULL, "data" },
	{ NULL, "554", "failed", "554 Denied", "blocked", NULL, NULL,
	    "data" },
	/* the message named as refused, no reason given (Gmail's reply
	 * without the help page that names its reason) */
	{ "5.0.0", "550", "failed", "550 5.0.0 Message rejected.", "content",
	    "contenterror", NULL, NULL },
	/* RFC 5321 3.1 */
	{ NULL, "554", "failed", "554 No SMTP service here", "blocked", NULL,
	    NULL, NULL },
	/* Haraka helo.checks; Courier courieresmtpd */
	{ NULL, "550", "failed", "550 HELO is dynamic", "blocked", NULL,
	    NULL, NULL },
	{ NULL, "554", "failed", "554 Syntax error - your mail software "
	    "violates RFC 821.", "blocked", NULL, NULL, NULL },
	/* OpenSMTPD; Postfix with reject_unverified_sender */
	{ "5.1.7", "553", "failed", "553 5.1.7 Sender address syntax error",
	    "blocked", NULL, NULL, NULL },
	{ "4.1.7", "450", "failed", "450 4.1.7 <news@example.com>: Sender "
	    "address rejected: unverified address: host mx.example.com"
	    "[192.0.2.20] said: 550 5.1.1 <news@example.com>: Recipient "
	    "address rejected: User unknown (in reply to RCPT TO command)",
	    "blocked", NULL, NULL, NULL },
	/* Exim verify = sender */
	{ NULL, "550", "failed", "550 Sender verification failed", "blocked",
	    NULL, NULL, NULL },
	/* policyd-spf and postgrey answer at RCPT TO for the sender */
	{ "5.7.23", "550", "failed", "550 5.7.23 <anna@example.org>: "
	    "Recipient address rejected: Message rejected due to: SPF fail - "
	    "not authorized. Please see http://www.openspf.net/Why?s=mfrom;"
	    "id=news@example.com;ip=192.0.2.10;r=<UNKNOWN>", "blocked", NULL,
	    NULL, "rcpt" },
	/* Exim verify = header_syntax, header_sender */
	{ NULL, "550", "failed", "550 Rejected after DATA: header syntax",
	    "content", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 Rejected after DATA: could not verify "
	    "\"From: news@example.com\" header address", "content", NULL,
	    NULL, NULL },
	/* Postfix smtpd; Courier; Exim */
	{ "5.5.2", "550", "failed", "550 5.5.2 mx.example.org Error: bare "
	    "<LF> received", "content", NULL, NULL, NULL },
	{ NULL, "553", "failed", "553 Unable to deliver Unicode E-mail to a "
	    "non-Unicode mail server.", "content", NULL, NULL, NULL },
	/* MIMEDefang example filter; Sendmail RefuseLA */
	{ "4.3.0", "451", "failed", "451 4.3.0 Problem running "
	    "virus-scanner", "retry-later", NULL, NULL, NULL },
	{ "4.7.0", "421", "failed", "421 4.7.0 mx.example.org Rejecting "
	    "connections on daemon MTA: load average: 40", "retry-later",
	    NULL, NULL, NULL },
	/* Gmail's SMTP AUTH refusal without its status: the credentials */
	{ NULL, "535", "failed", "535 Username and Password not accepted. "
	    "For more information, visit https://support.google.com/accounts"
	    "/troubleshooter/2402620", "blocked", "securityerror", NULL,
	    NULL },
	/* Courier; amavisd-new */
	{ NULL, "500", "failed", "500 Number of messages exceeded "
	    "administrative limit.", "retry-later", NULL, NULL, NULL },
	{ NULL, "554", "failed", "554 Reject, id=12345-01 - UNCHECKED: "
	    "encrypted", "content", NULL, NULL, NULL },
};

/*
 * Recipient words whose documented meaning is not a dead address, and
 * their true-dead twins (see tests/corpus/diagnostics/traps.tsv).
 */
static const struct reply traps[] = {
	/* RFC 4954: 525 answers AUTH, the sender's login */
	{ "5.7.13", "525", "failed", "525 5.7.13 User account disabled",
	    "blocked", "securityerror", NULL, NULL },
	/* ... but a server that says "recipient" means the recipient */
	{ "5.7.13", "525", "failed", "525 5.7.13 Disabled recipient address",
	    "invalid", NULL, NULL, NULL },
	/* Sisimai's Rhost/KDDI.pm: au names the address when it has none */
	{ NULL, "550", "failed", "550 <anna@ezweb.ne.jp>: User unknown",
	    "invalid", "userunknown", "anna@ezweb.ne.jp", "rcpt" },
	/* Rhost/NTTDOCOMO.pm: 5.1.1 at RCPT TO is a missing mailbox, the
	 * filter answers after DATA; without a recipient, the domain the
	 * text names counts */
	{ "5.1.1", "550", "failed", "550 Unknown user anna@docomo.ne.jp",
	    "invalid", "userunknown", NULL, NULL },
	{ "5.2.0", "550", "failed", "550 Unknown user anna@docomo.ne.jp",
	    "blocked", "filtered", NULL, NULL },
	/* the recipient's own address wins over one the text names */
	{ "5.2.0", "550", "failed", "550 Unknown user anna@docomo.ne.jp",
	    "invalid", "userunknown", "anna@example.com", NULL },
	/* a bare refusal that names another reason beside it */
	{ NULL, "550", "failed", "550 Recipient address rejected: user has "
	    "blocked you", "blocked", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 Recipient address rejected: Rejected "
	    "by recipient's filter", "blocked", "filtered", NULL, NULL },
	{ NULL, "550", "failed", "550 No such user for relaying", "blocked",
	    "filtered", NULL, NULL },
	/* permission given as the reason a recipient was refused: policy,
	 * unless the words say the address is missing */
	{ "5.1.1", "550", "failed", "550 5.1.1 <a@b.example>... Recipient "
	    "not allowed", "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 <a@b.example>: Recipient "
	    "address rejected: User unknown in local recipient table; "
	    "access denied", "invalid", "userunknown", NULL, NULL },
	{ NULL, "452", "delayed", "452 <a@b.example> Mailbox delivery "
	    "restricted by policy error", "retry-later", NULL, NULL, NULL },
	/* an auth word as a mailbox's name is no authentication verdict */
	{ "5.1.1", "550", "failed", "550 5.1.1 <dmarc@b.example>: Recipient "
	    "address rejected: User unknown in local recipient table",
	    "invalid", "userunknown", NULL, NULL },
	{ NULL, "550", "failed", "550 Mailbox unavailable: blocked by the "
	    "recipient", "blocked", NULL, NULL, NULL },
	/* ... and the same refusal alone */
	{ NULL, "550", "failed", "550 Recipient address rejected", "invalid",
	    NULL, NULL, NULL },
	/* RFC 3463: x.6.x is the message's media, not the address */
	{ "5.6.0", "550", "failed", "550 5.6.0 Address rejected", "content",
	    NULL, NULL, NULL },
};

/*
 * The same sides in German, Portuguese, Spanish, French and Chinese, in
 * wordings of their own: a sender-side text that holds a recipient or a
 * missing word is never a dead address, under 5.1.1 too; its true twin
 * still is.
 */
static const struct reply localized_sides[] = {
	/* the sender's own IP or server, under any status */
	{ "5.1.1", "550", "failed", "550 5.1.1 Ihre IP-Adresse steht auf "
	    "unserer Sperrliste", "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 您的IP已被封禁", "blocked", NULL,
	    NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 seu IP foi bloqueado por "
	    "excesso de envios", "blocked", NULL, NULL, NULL },
	/* the sender's own sending quota, not the recipient's mailbox */
	{ "5.1.1", "550", "failed", "550 5.1.1 Limite de envio diário atingido",
	    "retry-later", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 Versandlimit für heute erreicht",
	    "retry-later", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 今日发送量已超过上限", "retry-later",
	    NULL, NULL, NULL },
	{ NULL, "552", "failed", "552 Ihr Postfach hat das Sendekontingent "
	    "überschritten", "retry-later", NULL, NULL, NULL },
	/* the recipient receives too fast: the pace, not the address */
	{ "5.1.1", "550", "failed", "550 5.1.1 Der Empfänger empfängt "
	    "Nachrichten zu schnell", "retry-later", NULL, NULL, NULL },
	/* the sending account's authentication, even beside a user word */
	{ "5.7.8", "535", "failed", "535 5.7.8 Authentifizierung "
	    "fehlgeschlagen: Benutzer unbekannt", "blocked", NULL, NULL, NULL },
	{ NULL, "535", "failed", "535 a autenticação do usuário falhou",
	    "blocked", NULL, NULL, NULL },
	{ NULL, "535", "failed", "535 用户认证失败", "blocked", NULL, NULL,
	    NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 发件人身份验证失败", "blocked",
	    NULL, NULL, NULL },
	/* the sender's address does not exist: not the recipient's */
	{ "5.1.8", "553", "failed", "553 5.1.8 Die Absenderadresse existiert "
	    "nicht", "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 O endereço do remetente não "
	    "existe", "blocked", NULL, NULL, NULL },
	{ NULL, "553", "failed", "553 发件人地址不存在", "blocked", NULL, NULL,
	    NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 L'adresse de l'expéditeur "
	    "n'existe pas", "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 La dirección del remitente no "
	    "existe", "blocked", NULL, NULL, NULL },
	/* the sending IP or an allowlist, a missing word beside it */
	{ "5.1.1", "550", "failed", "550 5.1.1 发信 IP 地址不存在反向解析",
	    "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 IP 地址不存在于白名单中",
	    "blocked", NULL, NULL, NULL },
	/* a recipient's policy or filter under 5.1.1: not a dead address */
	{ "5.1.1", "550", "failed", "550 5.1.1 Empfänger abgelehnt: "
	    "Richtlinie des Empfängers", "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 Destinatário recusado pela "
	    "política do servidor", "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 收件人的过滤规则拒收了此邮件",
	    "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 Absenderadresse abgelehnt: "
	    "Benutzer unbekannt", "blocked", NULL, NULL, NULL },
	/*
	 * (An IP address said to be missing, with no more said, the rules
	 * leave unknown: test_words holds it, and what the words make of
	 * it.)
	 */
	/* a recipient who refuses mail from this sender */
	{ "5.1.0", "550", "failed", "550 5.1.0 Ihre Adresse steht auf der "
	    "Sperrliste dieses Empfängers", "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 Der Server nimmt keine "
	    "Nachrichten von Ihnen an", "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 Remetente na lista negra do "
	    "destinatário", "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 Der Empfänger nimmt keine "
	    "E-Mails von Ihnen an", "blocked", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 O destinatário não aceita e-mails de "
	    "você", "blocked", NULL, NULL, NULL },
	/* a problem said to be temporary */
	{ NULL, "450", "failed", "450 Problema temporário com a caixa postal "
	    "do destinatário", "retry-later", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 Problema temporário com a caixa postal "
	    "do destinatário", "retry-later", NULL, NULL, NULL },
	/* too many recipients, a message too large */
	{ NULL, "550", "failed", "550 Trop de destinataires dans ce message",
	    "retry-later", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 La mensaje es demasiado grande "
	    "para el buzón del destinatario", "content", NULL, NULL, NULL },
	/* the sender's own account said to be missing or deleted */
	{ "5.1.1", "550", "failed", "550 5.1.1 Ihr Benutzerkonto existiert "
	    "nicht mehr", "blocked", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 您的帐号不存在，请重新登录", "blocked",
	    NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 Votre compte a été supprimé",
	    "blocked", NULL, NULL, NULL },
	/* the sender's own account switched off */
	{ NULL, "550", "failed", "550 Der Versand ist nicht möglich, da Ihr "
	    "Konto deaktiviert wurde", "blocked", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 Der Versand ist nicht "
	    "möglich, da Ihr Konto deaktiviert wurde", "blocked", NULL, NULL,
	    NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 Não existe o e-mail do "
	    "remetente", "blocked", NULL, NULL, NULL },
	/* the true twins: a full mailbox, a dead or disabled address */
	{ NULL, "550", "failed", "550 Das Postfach des Empfängers ist nicht "
	    "vorhanden", "invalid", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 Le compte de ce destinataire a été "
	    "supprimé", "invalid", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 La dirección indicada no existe",
	    "invalid", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 Não existe o e-mail informado neste "
	    "domínio", "invalid", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 No existe el correo indicado en este "
	    "servidor", "invalid", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 Die Nachricht konnte nicht zugestellt "
	    "werden, weil das Konto des Empfängers gelöscht worden ist",
	    "invalid", NULL, NULL, NULL },
	{ NULL, "552", "failed", "552 A caixa de entrada do usuário está cheia",
	    "full", NULL, NULL, NULL },
	{ NULL, "552", "failed", "552 Der Posteingang ist voll", "full", NULL,
	    NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 Die Adresse des Empfängers "
	    "existiert nicht mehr", "invalid", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 Die E-Mail konnte nicht zugestellt "
	    "werden, da das Konto des Empfängers nicht existiert", "invalid",
	    NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 El destinatario no existe",
	    "invalid", NULL, NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 Le destinataire n'existe pas",
	    "invalid", NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 O destinatário não existe", "invalid",
	    NULL, NULL, NULL },
	{ NULL, "550", "failed", "550 收件人邮箱已被停用", "invalid", NULL,
	    NULL, NULL },
	{ "5.1.1", "550", "failed", "550 5.1.1 用户不存在", "invalid", NULL,
	    NULL, NULL },
};

static void
classify_one(struct dsn_rules *rules, const struct reply *t,
    struct dsn_recipient *r)
{
	memset(r, 0, sizeof(*r));
	r->addr = g_strdup(t->addr);
	r->command = g_strdup(t->command);
	r->status = g_strdup(t->status);
	r->code = g_strdup(t->code);
	r->action = g_strdup(t->action);
	r->diagnostic = g_strdup(t->diag);
	dsn_classify(rules, r);
}

static void
rcpt_free(struct dsn_recipient *r)
{
	g_free(r->addr);
	g_free(r->command);
	g_free(r->status);
	g_free(r->code);
	g_free(r->action);
	g_free(r->diagnostic);
	g_free(r->reason);
	g_free(r->rule);
}

static void
check_table(const struct reply *t, size_t n)
{
	struct dsn_rules *rules;
	struct dsn_recipient r;
	struct err err;
	size_t i;

	rules = dsn_rules_load(NULL, &err);
	assert_non_null(rules);
	for (i = 0; i < n; i++) {
		classify_one(rules, &t[i], &r);
		print_message("  %s -> %s/%s (%s)\n", t[i].diag,
		    dsn_category_name(r.category), r.reason, r.rule);
		assert_string_equal(dsn_category_name(r.category),
		    t[i].category);
		if (t[i].reason != NULL)
			assert_string_equal(r.reason, t[i].reason);
		assert_int_equal(r.hard, r.category == DSN_CAT_INVALID &&
		    (t[i].status == NULL || t[i].status[0] == '5'));
		rcpt_free(&r);
	}
	dsn_rules_free(rules);
}

static void
test_builtin(void **state)
{
	check_table(replies, G_N_ELEMENTS(replies));
}

static void
test_concepts(void **state)
{
	check_table(concepts, G_N_ELEMENTS(concepts));
}

static void
test_documented(void **state)
{
	check_table(documented, G_N_ELEMENTS(documented));
}

/*
 * A reply code read from a text: after a '#' that opens a word
 * (Exchange's "#550 5.1.1 ... ##"), never inside a number or glued to
 * a word (Orange's "OFR_416").
 */
static void
test_code_found(void **state)
{
	static const struct {
		const char *text, *code;
	} t[] = {
		{ "mail.example.org a@b #550 5.1.1 RESOLVER.ADR.RecipNotFound ##",
		    "550" },
		{ "#450 mailbox unavailable ##", "450" },
		{ "smtp;550 5.1.1 user unknown", "550" },
		{ "ticket 12#550 closed", NULL },
		{ "Invalid recipient. OFR_416", NULL },
		{ "error code550 here", NULL },
	};
	size_t i;
	char *c;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(t); i++) {
		c = dsn_code_find(t[i].text);
		if (t[i].code == NULL)
			assert_null(c);
		else {
			assert_non_null(c);
			assert_string_equal(c, t[i].code);
		}
		g_free(c);
	}
}

static void
test_advice(void **state)
{
	check_table(advice, G_N_ELEMENTS(advice));
}

static void
test_chinese(void **state)
{
	check_table(chinese, G_N_ELEMENTS(chinese));
}

static void
test_sender_side(void **state)
{
	check_table(sender_side, G_N_ELEMENTS(sender_side));
}

static void
test_families(void **state)
{
	check_table(families, G_N_ELEMENTS(families));
}

static void
test_traps(void **state)
{
	check_table(traps, G_N_ELEMENTS(traps));
}

static void
test_localized_sides(void **state)
{
	check_table(localized_sides, G_N_ELEMENTS(localized_sides));
}

/*
 * Message level: the subjects of non-delivery reports and out-of-office
 * replies in other languages (Outlook's prefixes and people's own), and
 * a person's subject that is neither.
 */
static void
test_subjects(void **state)
{
	static const struct {
		const char	*subject;
		const char	*category;	/* NULL: neither */
	} t[] = {
		{ "No se puede entregar: Oferta", "notice" },
		{ "Não é possível entregar: Proposta", "notice" },
		{ "Non recapitabile: Offerta", "notice" },
		{ "Onbestelbaar: Offerte", "notice" },
		{ "Niedostarczalne: Oferta", "notice" },
		{ "Недоставляемое: Предложение", "notice" },
		{ "配信不能: お見積り", "notice" },
		{ "Automatisch antwoord: Offerte", "autoreply" },
		{ "Odpowiedź automatyczna: Oferta", "autoreply" },
		{ "Автоответ: Предложение", "autoreply" },
		{ "Otomatik yanıt: Teklif", "autoreply" },
		{ "자동 회신: 견적", "autoreply" },
		{ "Resposta automática: Ausente", "autoreply" },
		{ "\xe6\x97\xa0\xe6\xb3\x95\xe9\x80\x81\xe8\xbe\xbe: "
		    "\xe6\x8a\xa5\xe4\xbb\xb7", "notice" }, /* 无法送达: 报价 */
		{ "\xe9\x82\xae\xe4\xbb\xb6\xe5\x8f\x91\xe9\x80\x81"
		    "\xe5\xa4\xb1\xe8\xb4\xa5", "notice" }, /* 邮件发送失败 */
		{ "\xe9\x80\x80\xe4\xbb\xb6\xe9\x80\x9a\xe7\x9f\xa5",
		    "notice" }, /* 退件通知 */
		/* 自動回覆: 報價 */
		{ "\xe8\x87\xaa\xe5\x8b\x95\xe5\x9b\x9e\xe8\xa6\x86: "
		    "\xe5\xa0\xb1\xe5\x83\xb9", "autoreply" },
		{ "\xe5\x9b\x9e\xe5\xa4\x8d: \xe6\x8a\xa5\xe4\xbb\xb7"
		    "\xe5\x8d\x95", NULL }, /* 回复: 报价单 */
		{ "Re: Angebot Mai", NULL },
		{ "Pedido 118 entregue", NULL },
	};
	struct dsn_rules *rules;
	struct err err;
	const char *why;
	size_t i;

	rules = dsn_rules_load(NULL, &err);
	assert_non_null(rules);
	for (i = 0; i < G_N_ELEMENTS(t); i++) {
		why = dsn_rules_match_message(rules, "notice", t[i].subject,
		    "someone@example.org", "");
		if (why == NULL)
			why = dsn_rules_match_message(rules, "autoreply",
			    t[i].subject, "someone@example.org", "");
		print_message("  %s -> %s\n", t[i].subject,
		    why != NULL ? why : "none");
		if (t[i].category == NULL) {
			assert_null(why);
			continue;
		}
		assert_non_null(dsn_rules_match_message(rules,
		    t[i].category, t[i].subject, "someone@example.org", ""));
	}
	dsn_rules_free(rules);
}

static int
strv_has(char **v, const char *s)
{
	for (; *v != NULL; v++)
		if (strcmp(*v, s) == 0)
			return 1;
	return 0;
}

/*
 * The message-level rules' keys, for the mailbox search: every subject=
 * alternative, lower-cased (user rules' too), the from= of a rule without
 * subject=; a rule's from= beside a subject= is not needed (the subject
 * must hold as well); recipient-level texts are none of them.
 */
static void
test_message_keys(void **state)
{
	static const char own[] = "autoreply vacation subject=\"Fora do "
	    "Escritório|Ferias\"\n"
	    "notice bounce from=\"Gateway-NDR@\"\n";
	struct dsn_rules *rules;
	char **subject, **from;
	struct err err;

	rules = dsn_rules_load(NULL, &err);
	assert_non_null(rules);
	assert_int_equal(dsn_rules_add_text(rules, "own", own, &err), 0);
	subject = dsn_rules_message_keys(rules, &from);
	assert_true(strv_has(subject, "niedostarczalne"));
	assert_true(strv_has(subject, "자동 회신"));
	assert_true(strv_has(subject, "fora do escritório"));
	assert_true(strv_has(subject, "ferias"));
	assert_true(strv_has(subject, "loop alert"));
	assert_false(strv_has(subject, "user unknown"));
	assert_true(strv_has(from, "mailer-daemon"));
	assert_true(strv_has(from, "post_master@"));
	assert_true(strv_has(from, "gateway-ndr@"));
	assert_false(strv_has(from, "-admin@"));
	g_strfreev(subject);
	g_strfreev(from);
	dsn_rules_free(rules);
}

/*
 * The language: near= in order and by whole words, unless=, domain=,
 * names= (the domain on its own, not a host under it, a longer name or
 * an address's domain; other when known and not so named; none).
 */
static void
test_near_unless_domain(void **state)
{
	static const struct {
		const char	*diag;
		const char	*addr;
		const char	*reason;	/* NULL: no rule holds */
	} t[] = {
		{ "the red big cat", NULL, "near" },
		{ "the cat is red", NULL, NULL },	/* wrong order */
		{ "bored cats", NULL, NULL },		/* not a word */
		{ "red cats", NULL, "near" },		/* a plural is */
		{ "blue cat", NULL, "near" },		/* A's own word */
		{ "red a b c d e cat", NULL, NULL },	/* too far */
		{ "?red=1 cat", NULL, NULL },		/* a key, not a word */
		{ "a dog", NULL, "dog" },
		{ "a dog and a bone", NULL, NULL },
		{ "a fish", "x@mx.example.jp", "fish" },
		{ "a fish", "x@example.jpn", NULL },
		{ "a fish", "x@notexample.jp", NULL },
		{ "a fish", NULL, NULL },
		{ "no host example.jp", "x@example.jp", "host" },
		{ "no host <example.jp>", "x@example.jp", "host" },
		{ "no host example.jp.", "x@example.jp", "host" },
		{ "no host mx.example.jp", "x@example.jp", "other" },
		{ "no host example.jp.net", "x@example.jp", "other" },
		{ "no host my-example.jp", "x@example.jp", "other" },
		{ "to <x@example.jp>: no host relay.example", "x@example.jp",
		    "other" },					/* an address */
		{ "no host example.jp", NULL, "host" },	/* none */
	};
	struct dsn_rules *rules = dsn_rules_new();
	struct dsn_recipient r;
	struct err err;
	size_t i;

	assert_int_equal(dsn_rules_add_text(rules, "t.conf",
	    "concept RED \"red\"\nconcept A \"$RED|blue\"\n"
	    "concept B \"cat\"\n"
	    "blocked near near=\"A B\"\n"
	    "blocked dog text=\"dog\" unless=\"bone\"\n"
	    "blocked fish text=\"fish\" domain=\"example.jp\"\n"
	    "blocked host text=\"no host\" names=domain|none\n"
	    "blocked other text=\"no host\" names=other\n", &err), 0);
	for (i = 0; i < G_N_ELEMENTS(t); i++) {
		memset(&r, 0, sizeof(r));
		r.addr = g_strdup(t[i].addr);
		r.diagnostic = g_strdup(t[i].diag);
		dsn_classify(rules, &r);
		print_message("  %s -> %s\n", t[i].diag, r.reason);
		assert_string_equal(r.reason, t[i].reason ? t[i].reason :
		    "undefined");
		rcpt_free(&r);
	}
	dsn_rules_free(rules);
}

/*
 * A regex is tried only on a text that holds the literal its matches
 * must hold: wherever that literal stands, and whatever the text's
 * length, the rule holds exactly where the regex matches.
 */
static void
test_regex_literal(void **state)
{
	static const struct {
		const char	*diag;
		const char	*reason;	/* NULL: no rule holds */
	} t[] = {
		{ "550 x: User Unknown", "after-group" },
		{ ">: user unknown", NULL },
		{ "xaaab", "plus" },
		{ "xb", NULL },
		{ "abd", "optional" },
		{ "abcd", "optional" },
		{ "qqrs", "count" },
		{ "qrs", NULL },
		{ "abx]cd", "class" },
		{ "Postfach \xc3\x9c" "BERF\xc3\x9c" "LLT", "upper" },
		{ "a.b", "quoted" },
		{ "needle phrase", "long" },
		{ "needle phras", NULL },
	};
	struct dsn_rules *rules = dsn_rules_new();
	struct dsn_recipient r;
	struct err err;
	GString *big;
	size_t i;

	assert_int_equal(dsn_rules_add_text(rules, "re.conf",
	    "blocked after-group re=\"(?:^|[^>]): user unknown\"\n"
	    "blocked plus re=\"xa+b\"\n"
	    "blocked optional re=\"abc?d\"\n"
	    "blocked count re=\"q{2}rs\"\n"
	    "blocked class re=\"ab[[:alpha:]]]cd\"\n"
	    "blocked upper re=\"\xc3\x9c" "BERF\xc3\x9c" "LLT\"\n"
	    "blocked quoted re=\"\\\\Qa.b\\\\E\"\n"
	    "blocked long text=\"needle phrase\"\n", &err), 0);
	for (i = 0; i <= G_N_ELEMENTS(t); i++) {
		memset(&r, 0, sizeof(r));
		if (i < G_N_ELEMENTS(t)) {
			r.diagnostic = g_strdup(t[i].diag);
		} else {
			/* a long text, the phrase at its end */
			big = g_string_new(NULL);
			while (big->len < 100000)
				g_string_append(big, "lorem ipsum ");
			g_string_append(big, "needle phrase");
			r.diagnostic = g_string_free(big, FALSE);
		}
		dsn_classify(rules, &r);
		print_message("  %.40s -> %s\n", r.diagnostic, r.reason);
		assert_string_equal(r.reason, i == G_N_ELEMENTS(t) ? "long" :
		    t[i].reason ? t[i].reason : "undefined");
		rcpt_free(&r);
	}
	dsn_rules_free(rules);
}

/*
 * A regex is tried only on a text that holds a word of each set of
 * phrases its matches must hold (runs, groups of plain alternatives, one
 * set across top-level branches): on every text, each rule holds exactly
 * where its regex matches.
 */
static void
test_regex_required(void **state)
{
	static const char *const res[] = {
		"user \\S+ is disabled|user suspended",
		"\\bslow(?:er| down)\\b",
		"listed (at|in|on|by) [a-z0-9-]+\\.[a-z]",
		"(?:from|host|ip)[ :]*[0-9.]+ (?:is )?(?:blocked|refused)",
		"\\b(?:dt|ip):rbl\\b|\\brp:dbl\\b|\\bwm:bl[iu]\\b",
		"(?:not|n't) accept (?:any )?(?:mail|e-?mail) from",
		"no(?:pe|ne)?x",
		"(?:ab|cd)+ef",
		"a(?=bc)bcd|zz",
		"ok(?:\\.|-)go",
		"x|",
		"\\b(?:es[01]{2}|bl[01]+|bl0[0-9]{1,2})\\b",
		"\\b(?:spoof(?:ed|s)?|forged)\\b",
		"(?:ab?c|d[ef]?g|h[ij]k|mn(?:o|p)|q\\.r)",
	};
	static const char *const texts[] = {
		"user bob is disabled", "user suspended", "User Is Disabled",
		"server slower", "slow down now", "slowly", "listed in rbl.ex",
		"listed at", "from 192.0.2.1 is blocked", "host 1.2.3.4 refused",
		"ip 1.2.3.4 is fine", "dt:rbl", "rp:dbl", "wm:blu", "ip:rbl!",
		"we don't accept e-mail from you", "not accept mail from",
		"not accept any email from", "nox", "nopex", "nonex", "noex",
		"cdabef", "ef", "abcd", "zz", "ok.go", "ok-go", "okgo", "",
		"anything", "es01 x", "es2", "bl1", "bl011", "bl07", "bl0",
		"spoofs", "spoofer", "forged", "ac", "abc", "dg", "dfg", "hjk",
		"hk", "mnp", "q.r", "qxr",
	};
	struct dsn_rules *rules;
	struct dsn_recipient r;
	struct err err;
	GRegex *re;
	char *lc, *conf;
	size_t i, j;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(res); i++) {
		rules = dsn_rules_new();
		conf = g_strdup_printf("blocked regex re=\"%s\"\n", res[i]);
		assert_int_equal(dsn_rules_add_text(rules, "req.conf", conf,
		    &err), 0);
		re = g_regex_new(res[i], G_REGEX_CASELESS, 0, NULL);
		assert_non_null(re);
		for (j = 0; j < G_N_ELEMENTS(texts); j++) {
			lc = dsn_lower(texts[j], -1);
			memset(&r, 0, sizeof(r));
			r.diagnostic = g_strdup(texts[j]);
			dsn_classify(rules, &r);
			assert_int_equal(strcmp(r.reason, "regex") == 0,
			    g_regex_match(re, lc, 0, NULL));
			rcpt_free(&r);
			g_free(lc);
		}
		g_regex_unref(re);
		g_free(conf);
		dsn_rules_free(rules);
	}
}

/*
 * A multi-line SMTP reply (RFC 5321 4.2.1) reads as one text: the
 * prefixes of its lines after the first go, on lines of their own or
 * joined with spaces, with or without an enhanced status; a prefix of
 * another code, one inside a word, and a reply after the last line stay.
 */
static void
test_reply_join(void **state)
{
	static const char *const cases[][2] = {
		{ "550-5.1.1 The email account that you tried to reach does "
		    "not\n550-5.1.1 exist. Please try\n550 5.1.1 https://x",
		  "550-5.1.1 The email account that you tried to reach does "
		    "not\nexist. Please try\nhttps://x" },
		{ "said: 550-Mailbox 550-unknown. 550 Either there are no "
		    "mailboxes (in reply to RCPT TO command)",
		  "said: 550-Mailbox unknown. Either there are no mailboxes "
		    "(in reply to RCPT TO command)" },
		{ "452-4.2.2 over 452-4.2.2 quota 452 4.2.2 bye 452 4.2.2 again",
		  "452-4.2.2 over quota bye 452 4.2.2 again" },
		{ "550-5.1.1 one 550-5.7.1 two 421 three",
		  "550-5.1.1 one 550-5.7.1 two 421 three" },
		{ "550-no x550-yes 550-here", "550-no x550-yes here" },
		{ "550 5.1.1 User unknown", "550 5.1.1 User unknown" },
		{ "smtp;550-5.1.1 no such 550 5.1.1 user",
		  "smtp;550-5.1.1 no such user" },
	};
	char *got;
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		got = dsn_reply_join(cases[i][0]);
		assert_string_equal(got, cases[i][1]);
		g_free(got);
	}
	assert_null(dsn_reply_join(NULL));
}

/*
 * The texts rules read are lower-cased as g_ascii_strdown() and
 * g_utf8_strdown() would: every byte value, at every offset in a word.
 */
static void
test_lower(void **state)
{
	/*
	 * Final and inner sigmas (before ASCII and other letters, a mark,
	 * the end), a dotted I, title-case letters, a Kelvin sign, CJK,
	 * bad UTF-8.
	 */
	static const char *const mixed[] = {
		"\xce\xa3\xce\x91\xce\xa3\xe2\x80\xa6\xce\xa3\xe4\xb8\xad",
		"\xc7\x85 \xc7\x88\xc7\x8b \xe2\x84\xaa \xc3\x89T\xc3\x89",
		"\xce\x9f\xce\x94\xce\x9f\xce\xa3 X",
		"\xce\x9f\xce\x94\xce\x9f\xce\xa3X",
		"\xce\xa3",
		"A\xce\xa3" "B\xce\xa3.\xce\xa3",
		"\xc4\xb0STANBUL Mail",
		"\xe9\x82\xae\xe7\xae\xb1 FULL \xe5\xb7\xb2\xe6\xbb\xa1",
		"Bad \xc3 UTF-8 \xf0" "AB \xce\xa3",
		"End \xc3\x9c",
	};
	char buf[300], *want, *got;
	size_t i, off;

	for (i = 0; i < 255; i++)
		buf[i] = (char)(i + 1);
	buf[255] = '\0';
	for (off = 0; off < 16; off++) {
		want = g_ascii_strdown(buf + off, -1);
		got = dsn_ascii_lower(buf + off, -1);
		assert_string_equal(got, want);
		g_free(got);
		got = dsn_ascii_lower(buf + off, (gssize)(off * 7));
		assert_int_equal(strlen(got), off * 7);
		assert_memory_equal(got, want, off * 7);
		g_free(got);
		g_free(want);
	}
	got = dsn_lower("Mailbox FULL, Postfach \xc3\x9c" "BERF\xc3\x9c" "LLT",
	    -1);
	assert_string_equal(got, "mailbox full, postfach \xc3\xbc" "berf"
	    "\xc3\xbc" "llt");
	g_free(got);
	/* Mixed text reads as g_utf8_strdown reads it whole. */
	for (i = 0; i < G_N_ELEMENTS(mixed); i++) {
		want = g_utf8_strdown(mixed[i], -1);
		got = dsn_lower(mixed[i], -1);
		assert_string_equal(got, want);
		g_free(got);
		g_free(want);
	}
}

/*
 * An address as a field or text gives it: its type, angle brackets,
 * quotes, brackets and a list's comma go, an apostrophe inside stays,
 * the domain is lower-cased.
 */
static void
test_addr_clean(void **state)
{
	static const char *const t[][2] = {
		{ "rfc822; <John.Doe@Example.ORG>", "John.Doe@example.org" },
		{ "[o'brien@Host.Example],", "o'brien@host.example" },
		{ "(x@y.example)", "x@y.example" },
		{ "\"a@b.example\", c@d.example", "a@b.example" },
		{ "'q@r.example.'", "q@r.example" },
		{ "no address here", NULL },
	};
	char *got;
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(t); i++) {
		got = dsn_addr_clean(t[i][0]);
		if (t[i][1] == NULL)
			assert_null(got);
		else
			assert_string_equal(got, t[i][1]);
		g_free(got);
	}
}

/* Rules read from a text that must load. */
static struct dsn_rules *
rules_from(const char *name, const char *text)
{
	struct dsn_rules *rules = dsn_rules_new();
	struct err err;

	assert_int_equal(dsn_rules_add_text(rules, name, text, &err), 0);
	return rules;
}

/* The reply is read with its reason, by a rule line holding want. */
static void
assert_reason(struct dsn_rules *rules, const struct reply *t,
    const char *want)
{
	struct dsn_recipient r;

	classify_one(rules, t, &r);
	print_message("  %s\n", r.rule);
	assert_string_equal(r.reason, t->reason);
	assert_non_null(strstr(r.rule, want));
	rcpt_free(&r);
}

/* A generic rule gives way under a gate, and the rule line says so. */
static void
test_gate(void **state)
{
	static const struct reply open = { "5.0.0", "550", "failed",
	    "550 5.0.0 cat", "invalid", "gone", NULL, NULL };
	static const struct reply shut = { "5.7.1", "550", "failed",
	    "550 5.7.1 cat", "blocked", "policy", NULL, NULL };
	struct dsn_rules *rules = rules_from("g.conf",
	    "gate generic status=*.7.*\n"
	    "invalid gone generic text=\"cat\"\n"
	    "blocked policy text=\"cat\"\n");

	assert_reason(rules, &open, "g.conf:2");
	assert_reason(rules, &shut, "g.conf:3; not invalid (gone "
	    "g.conf:2): a generic phrase under 5.7.1 (g.conf:1)");
	dsn_rules_free(rules);
}

/*
 * A weak rule gives way under a weak gate, a generic one does not; under
 * a generic gate both do.
 */
static void
test_gate_weak(void **state)
{
	static const struct reply r554 = { NULL, "554", "failed",
	    "554 cat dog", "invalid", "gone", NULL, NULL };
	static const struct reply r554w = { NULL, "554", "failed",
	    "554 dog", "unknown", "onhold", NULL, NULL };
	static const struct reply r571 = { "5.7.1", "550", "failed",
	    "550 5.7.1 cat", "unknown", "onhold", NULL, NULL };
	struct dsn_rules *rules = rules_from("w.conf",
	    "gate weak code=554\n"
	    "gate generic status=*.7.*\n"
	    "invalid gone weak text=\"dog\"\n"
	    "invalid gone generic text=\"cat\"\n"
	    "unknown onhold code=5xx\n");

	assert_reason(rules, &r554, "w.conf:4; not invalid (gone w.conf:3): "
	    "a generic phrase under 554 (w.conf:1)");
	assert_reason(rules, &r554w, "w.conf:5");
	assert_reason(rules, &r571, "under 5.7.1 (w.conf:2)");
	dsn_rules_free(rules);
}

/*
 * A text alone says "mailbox full" where the first failure rule that
 * holds on it is of category full: rules listed under their phrases, a
 * rule tried on every text (a regex no phrase is drawn from); a rule
 * that needs a status is not read.
 */
static void
test_says_full(void **state)
{
	struct dsn_rules *rules = rules_from("f.conf",
	    "full quota status=5.2.2\n"
	    "invalid gone text=\"no such user\"\n"
	    "full quota text=\"over quota|mailbox is full\"\n");
	const char *where;

	assert_true(dsn_rules_text_says_full(rules, "user is over quota",
	    &where));
	assert_string_equal(where, "f.conf:3");
	assert_false(dsn_rules_text_says_full(rules,
	    "no such user, over quota", &where));
	assert_string_equal(where, "f.conf:2");
	assert_false(dsn_rules_text_says_full(rules, "5.2.2 all is well",
	    &where));
	assert_null(where);
	dsn_rules_free(rules);
	rules = rules_from("o.conf",
	    "invalid gone text=\"no such user\"\n"
	    "full quota re=\"[qk][0-9]+[tz]\"\n");
	assert_true(dsn_rules_text_says_full(rules, "box q42t", &where));
	assert_string_equal(where, "o.conf:2");
	assert_false(dsn_rules_text_says_full(rules, "box quota", &where));
	assert_null(where);
	dsn_rules_free(rules);
}

/* User rules come before the built-in ones. */
static void
test_user_rules_first(void **state)
{
	static const struct reply t = { "5.1.1", "550", "failed",
	    "550 5.1.1 Mailbox moved to archive", NULL, NULL, NULL, NULL };
	struct dsn_rules *rules;
	struct dsn_recipient r;
	struct err err;

	rules = dsn_rules_load(NULL, &err);
	assert_non_null(rules);
	classify_one(rules, &t, &r);
	assert_int_equal(r.category, DSN_CAT_INVALID);
	rcpt_free(&r);
	assert_int_equal(dsn_rules_add_text(rules, "mine.conf",
	    "# our archive system\n"
	    "define ARCHIVE \"moved to archive|archived mailbox\"\n"
	    "retry-later archived text=$ARCHIVE\n", &err), 0);
	classify_one(rules, &t, &r);
	assert_int_equal(r.category, DSN_CAT_RETRY);
	assert_string_equal(r.reason, "archived");
	assert_string_equal(r.rule, "mine.conf:3");
	rcpt_free(&r);
	dsn_rules_free(rules);
}

/* Every mistake is reported as file:line: what. */
static void
test_errors(void **state)
{
	static const struct {
		const char	*text;
		const char	*msg;
	} bad[] = {
		{ "invalid x text=\"a\"\nnonsense y text=\"b\"\n",
		    "f.conf:2: unknown category 'nonsense'" },
		{ "invalid x\n", "f.conf:1: a rule is CATEGORY REASON" },
		{ "invalid x text=\"open\n", "f.conf:1: unterminated quote" },
		{ "invalid x re=\"(\"\n", "f.conf:1: bad regex" },
		{ "invalid x size=3\n", "f.conf:1: unknown condition 'size'" },
		{ "invalid x text=$NOPE\n", "f.conf:1: 'NOPE' is not defined" },
		{ "concept A \"a|$NOPE\"\n", "f.conf:1: 'NOPE' is not defined" },
		{ "invalid x text=\"a|\\\n", "f.conf:1: continued line not finished" },
		{ "invalid x near=\"NOPE ALSO\"\n",
		    "f.conf:1: near: concept 'NOPE' is not defined" },
		{ "concept A \"a\"\ninvalid x near=\"A\"\n",
		    "f.conf:2: near= takes two to 4 concepts" },
		{ "invalid x text=\"a\" names=host\n",
		    "f.conf:1: names= takes domain, other or none, got 'host'" },
	};
	struct dsn_rules *rules;
	struct err err;
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(bad); i++) {
		rules = dsn_rules_new();
		err.msg[0] = '\0';
		assert_int_equal(dsn_rules_add_text(rules, "f.conf",
		    bad[i].text, &err), -1);
		print_message("  %s\n", err.msg);
		assert_non_null(strstr(err.msg, bad[i].msg));
		dsn_rules_free(rules);
	}
}

/*
 * The frame an MTA writes around a remote reply goes blank, the address
 * and the reason stay; the command it names is read before.
 */
static void
test_frame_blank(void **state)
{
	char exim[] = "smtp error from remote mail server after rcpt "
	    "to:<a@example.org>: host not found, try again";
	char postfix[] = "host mx[192.0.2.1] said: 550 quota "
	    "(in reply to rcpt to command)";
	char qmail[] = "192.0.2.1 does not like recipient. remote host "
	    "said: 554 bad mime headers";
	char reason[] = "550 rcpt rejected: user unknown";

	(void)state;
	assert_string_equal(dsn_command_find(exim), "rcpt");
	dsn_frame_blank(exim);
	assert_null(strstr(exim, "rcpt"));
	assert_non_null(strstr(exim, "after         <a@example.org>: host "
	    "not found, try again"));
	dsn_frame_blank(postfix);
	assert_null(strstr(postfix, "rcpt"));
	assert_non_null(strstr(postfix, "550 quota"));
	dsn_frame_blank(qmail);
	assert_null(strstr(qmail, "recipient"));
	assert_non_null(strstr(qmail, "does not like"));
	/* Words of a refusal that name no command's frame stay. */
	dsn_frame_blank(reason);
	assert_string_equal(reason, "550 rcpt rejected: user unknown");
	dsn_frame_blank(NULL);
}

/*
 * Frames that start before the words they are found by (dashes, an
 * apostrophe, a sentence's first words), after text beyond ASCII, and
 * more of them than are tried one by one: each blanked as a search of
 * the whole text blanks it.
 */
static void
test_frame_blank_starts(void **state)
{
	char sendmail[] = "----- transcript of session follows -----\n"
	    "550 5.1.1 user unknown";
	char gmail[] = "the error that the other server returned was: "
	    "550 no such user";
	char german[] = "der remoteserver hat '  zur\xc3\xbc" "ckgegeben: "
	    "550 quota";
	/*
	 * "the error that the other " would start inside a character
	 * (byte 10); a full-width colon ends the word before "remote".
	 */
	char utf8[] = "x\xe9\x80\x80\xe4\xbf\xa1\xe5\x8e\x9f\xe5\x9b\xa0"
	    "\xe9\x80\x80\xe4\xbf\xa1\xe5\x8e\x9f\xe5\x9b\xa0\xef\xbc\x9a"
	    "remote server returned: rcpt handle timeout";
	GString *many = g_string_new(NULL);
	int i;

	(void)state;
	dsn_frame_blank(sendmail);
	assert_int_equal(strspn(sendmail, " "), 41);
	assert_string_equal(sendmail + 41, "\n550 5.1.1 user unknown");
	dsn_frame_blank(gmail);
	assert_int_equal(strspn(gmail, " "), 46);
	assert_string_equal(gmail + 46, "550 no such user");
	dsn_frame_blank(german);
	assert_null(strstr(german, "remoteserver"));
	assert_null(strstr(german, "ckgegeben"));
	assert_non_null(strstr(german, ": 550 quota"));
	dsn_frame_blank(utf8);
	assert_null(strstr(utf8, "returned"));
	assert_non_null(strstr(utf8, "\xef\xbc\x9a                      : "
	    "rcpt handle timeout"));
	for (i = 0; i < 100; i++)
		g_string_append(many, "after rcpt to:<a@example.org> ");
	dsn_frame_blank(many->str);
	assert_null(strstr(many->str, "rcpt"));
	assert_int_equal(strlen(many->str), 100 * 30);
	g_string_free(many, TRUE);
}

/*
 * Each heading the frame pattern holds past the first few is blanked by
 * the search that starts where a frame may start (dsn_fields.c's
 * frame_lit[] beside FRAME_PATTERN: an alternative no literal finds is
 * never blanked), and the reply after it stays.
 */
static void
test_frame_blank_headings(void **state)
{
	static const char *const heading[] = {
		"diagnoseinformationen f\xc3\xbcr administratoren:",
		"informaci\xc3\xb3n de diagn\xc3\xb3stico para "
		    "administradores:",
		"informations de diagnostic pour les administrateurs:",
		"informazioni di diagnostica per gli amministratori:",
		"generierender server: mx.example.org",
		"servidor de generaci\xc3\xb3n: mx.example.org",
		"serveur de g\xc3\xa9n\xc3\xa9ration: mx.example.org",
		"server di generazione: mx.example.org",
		"delivery has failed to these recipients or groups:",
		"did not reach the following recipient(s):",
		"the following recipients were affected:",
		"delivery has failed permanently for your email to:",
		"no further deliveries will be attempted.",
		"error during the last delivery attempt:",
		"the following address(es) failed:",
		"the following addresses failed:",
		"additional rcpt to generated following response:",
		"smtp error from remote server after rcpt command:",
		"smtp error from remote mail server after rcpt command:",
	};
	char *text;
	size_t i, n;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(heading); i++) {
		text = g_strconcat("x ", heading[i], " 550 no such user", NULL);
		n = strlen(heading[i]);
		dsn_frame_blank(text);
		assert_int_equal(strspn(text + 2, " "), n + 1);
		assert_string_equal(text + 2 + n + 1, "550 no such user");
		g_free(text);
	}
	text = g_strdup("x message details: subject: offer mail from: a@b");
	dsn_frame_blank(text);
	assert_int_equal(strspn(text + 2, " "), strlen(text + 2));
	g_free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builtin),
		cmocka_unit_test(test_concepts),
		cmocka_unit_test(test_documented),
		cmocka_unit_test(test_chinese),
		cmocka_unit_test(test_advice),
		cmocka_unit_test(test_code_found),
		cmocka_unit_test(test_sender_side),
		cmocka_unit_test(test_subjects),
		cmocka_unit_test(test_message_keys),
		cmocka_unit_test(test_near_unless_domain),
		cmocka_unit_test(test_regex_literal),
		cmocka_unit_test(test_regex_required),
		cmocka_unit_test(test_lower),
		cmocka_unit_test(test_addr_clean),
		cmocka_unit_test(test_says_full),
		cmocka_unit_test(test_reply_join),
		cmocka_unit_test(test_frame_blank),
		cmocka_unit_test(test_frame_blank_starts),
		cmocka_unit_test(test_frame_blank_headings),
		cmocka_unit_test(test_families),
		cmocka_unit_test(test_traps),
		cmocka_unit_test(test_localized_sides),
		cmocka_unit_test(test_gate),
		cmocka_unit_test(test_gate_weak),
		cmocka_unit_test(test_user_rules_first),
		cmocka_unit_test(test_errors),
	};
	int rc;

	dsn_init();
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	dsn_shutdown();
	return rc;
}
